package org.sachet.radio;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.sachet.platform.RequiredText;

import java.util.Objects;

/** One of the SBCC key messages a series carries, in English and Nepali. */
@Embeddable
public class KeyMessage {

    static final int MAX_TEXT = 300;

    @Column(name = "TEXT_EN", nullable = false)
    private String english;

    @Column(name = "TEXT_NE", nullable = false)
    private String nepali;

    protected KeyMessage() {
    }

    public KeyMessage(String english, String nepali) {
        this.english = RequiredText.of(english, MAX_TEXT, "keyMessages", "radio.message.invalid");
        this.nepali = RequiredText.of(nepali, MAX_TEXT, "keyMessages", "radio.message.invalid");
    }

    public String getEnglish() {
        return english;
    }

    public String getNepali() {
        return nepali;
    }

    public String text(String language) {
        return "ne".equals(language) ? nepali : english;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyMessage m && english.equals(m.english) && nepali.equals(m.nepali);
    }

    @Override
    public int hashCode() {
        return Objects.hash(english, nepali);
    }
}
