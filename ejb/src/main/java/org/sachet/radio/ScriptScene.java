package org.sachet.radio;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A scene of a script version: its heading (place and time). Its cues name it by its position. */
@Embeddable
public class ScriptScene {

    @Column(name = "HEADING", nullable = false)
    private String heading;

    protected ScriptScene() {
    }

    ScriptScene(String heading) {
        this.heading = heading;
    }

    public String getHeading() {
        return heading;
    }
}
