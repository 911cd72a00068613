package org.sachet.radio;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.sachet.content.script.CueKind;
import org.sachet.content.script.ScriptLine;
import org.sachet.content.script.ScriptText;
import org.sachet.platform.RuleViolation;
import org.sachet.templates.pdf.PdfPrinter;
import org.sachet.templates.radio.ScriptSheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Script versions printed ({@code templates}' ScriptSheet): the whole script, or one character's sides, in
 * Nepali or English, dated the day the version was saved so that a version always prints the same.
 */
@Stateless
@RolesAllowed({"PRODUCER", "REVIEWER", "MANAGER", "ADMIN"})
public class ScriptPrints {

    @EJB
    private ScriptService scripts;

    /** A printed PDF and the name to give it. */
    public record Printed(String fileName, byte[] pdf) {
    }

    /** The whole of a version; empty when there is no such episode or version. */
    public Optional<Printed> full(long episodeId, int number, String language) {
        return sheet(episodeId, number, language).map(sheet -> new Printed(name(sheet, null, language),
                print(ScriptSheet.full(sheet.script(), language, sheet.version().getSavedAt()))));
    }

    /** One character's sides of a version; empty when there is no such episode, version or character. */
    public Optional<Printed> sides(long episodeId, int number, long characterId, String language) {
        return sheet(episodeId, number, language).flatMap(sheet -> sheet.version().getEpisode().getSeries().getCharacters()
                .stream().filter(c -> Objects.equals(c.getId(), characterId)).findFirst()
                .map(character -> new Printed(name(sheet, character.getName(), language), print(ScriptSheet.sides(
                        sheet.script(), character.getName(), language, sheet.version().getSavedAt())))));
    }

    private record Sheet(ScriptVersion version, ScriptSheet.Script script) {
    }

    private Optional<Sheet> sheet(long episodeId, int number, String language) {
        if (number < 1) {
            return Optional.empty(); // a printed version is named by its number; "0" (the latest) is for pages
        }
        ScriptVersion version;
        try {
            version = scripts.version(episodeId, number);
        } catch (RuleViolation none) {
            return Optional.empty();
        }
        Episode episode = version.getEpisode();
        List<ScriptSheet.Line> lines = new ArrayList<>();
        for (ScriptLine line : ScriptText.layout(version.parsed(), episode.getSeries().scriptsInNepali())) {
            if (line.isHeading()) {
                lines.add(new ScriptSheet.Line(line.number(), ScriptSheet.Kind.HEADING,
                        String.valueOf(line.sceneNumber()), null, line.scene().heading()));
            } else if (line.isCue()) {
                lines.add(new ScriptSheet.Line(line.number(), kind(line.cue().kind()), line.cue().speaker(),
                        line.cue().direction(), line.cue().text()));
            }
        }
        boolean approved = episode.getApprovedVersion() != null && episode.getApprovedVersion() == number;
        return Optional.of(new Sheet(version, new ScriptSheet.Script(episode.getSeries().title(language),
                episode.getNumber(), episode.getTitle(), version.getNumber(), version.getTextSha256(),
                approved ? episode.getApprovedBy() : null, lines)));
    }

    private static ScriptSheet.Kind kind(CueKind kind) {
        return switch (kind) {
            case LINE -> ScriptSheet.Kind.LINE;
            case NARRATOR -> ScriptSheet.Kind.NARRATOR;
            case SOUND_EFFECT -> ScriptSheet.Kind.SOUND_EFFECT;
            case MUSIC -> ScriptSheet.Kind.MUSIC;
        };
    }

    private static String name(Sheet sheet, String character, String language) {
        return "episode-" + sheet.version().getEpisode().getNumber() + "-v" + sheet.version().getNumber()
                + (character == null ? "" : "-sides-" + sheet.version().getEpisode().getSeries().getCharacters()
                .stream().filter(c -> c.getName().equals(character)).findFirst().map(DramaCharacter::getId)
                .orElse(0L)) + "-" + language + ".pdf";
    }

    private static byte[] print(org.sachet.templates.pdf.PrintDocument document) {
        return PdfPrinter.print(document);
    }
}
