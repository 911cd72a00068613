package org.sachet.radio;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.sachet.content.script.ScriptText;
import org.sachet.platform.RequiredText;
import org.sachet.platform.RuleViolation;

/**
 * A recurring character of a series: who they are, and the key message they carry (by its number in the
 * series), if one. A script's lines are spoken by them.
 */
@Entity
@Table(name = "DRAMA_CHARACTER")
public class DramaCharacter {

    static final int MAX_NAME = 60;
    static final int MAX_DESCRIPTION = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "SERIES_ID")
    private RadioSeries series;

    @Column(name = "NAME", nullable = false)
    private String name;

    @Column(name = "DESCRIPTION", nullable = false)
    private String description;

    @Column(name = "MESSAGE_NUMBER")
    private Integer messageNumber;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected DramaCharacter() {
    }

    DramaCharacter(RadioSeries series, String name, String description, Integer messageNumber) {
        this.series = series;
        this.name = RequiredText.of(name, MAX_NAME, "name", "radio.character.name.invalid");
        if (!ScriptText.isCueName(this.name)) {
            // a script names the speaker before a colon: digits, punctuation or "Narrator" would not read back
            throw new RuleViolation("name", "radio.character.name.notCue", this.name);
        }
        this.description = RequiredText.of(description, MAX_DESCRIPTION, "description",
                "radio.character.description.invalid");
        series.requireMessage(messageNumber, "messageNumber");
        this.messageNumber = messageNumber;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Integer getMessageNumber() {
        return messageNumber;
    }
}
