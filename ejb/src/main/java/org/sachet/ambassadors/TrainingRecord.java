package org.sachet.ambassadors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;
import java.util.Objects;

/** A training an ambassador completed, and when. */
@Embeddable
public class TrainingRecord {

    @Enumerated(EnumType.STRING)
    @Column(name = "TRAINING", nullable = false)
    private Training training;

    @Column(name = "COMPLETED_ON", nullable = false)
    private LocalDate completedOn;

    protected TrainingRecord() {
    }

    public TrainingRecord(Training training, LocalDate completedOn) {
        this.training = Objects.requireNonNull(training);
        this.completedOn = Objects.requireNonNull(completedOn);
    }

    public Training getTraining() {
        return training;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrainingRecord that && training == that.training
                && completedOn.equals(that.completedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(training, completedOn);
    }
}
