package org.sachet.radio;

import org.sachet.platform.RuleViolation;

import java.util.List;

/** A script text that cannot be saved as it is, with every problem found in it; nothing was saved. */
public class ScriptRefused extends RuleViolation {

    private static final long serialVersionUID = 1L;

    private final transient List<ScriptProblem> problems;

    ScriptRefused(List<ScriptProblem> problems) {
        super("text", "radio.script.refused", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<ScriptProblem> problems() {
        return problems;
    }
}
