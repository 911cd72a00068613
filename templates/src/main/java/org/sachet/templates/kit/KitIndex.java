package org.sachet.templates.kit;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import org.sachet.templates.text.NepaliDigits;

import java.io.StringWriter;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The two descriptions a lesson kit carries of itself: {@code index.html}, a page in Nepali and English that
 * opens offline and links every file in the kit, and {@code manifest.json} for programs (which lessons,
 * which material versions with their sizes and SHA-256, what was left out). Both depend only on the
 * contents, so the same kit gives the same bytes.
 */
public final class KitIndex {

    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(
            Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private KitIndex() {
    }

    public static String manifest(KitContents kit, long liteLimitBytes) {
        JsonArrayBuilder lessons = Json.createArrayBuilder();
        for (KitContents.KitLesson lesson : kit.lessons()) {
            JsonArrayBuilder materials = Json.createArrayBuilder();
            lesson.materials().forEach(file -> materials.add(Json.createObjectBuilder()
                    .add("materialId", file.materialId()).add("versionId", file.versionId())
                    .add("titleEn", file.titleEn()).add("titleNe", file.titleNe()).add("path", file.path())
                    .add("mediaType", file.mediaType()).add("size", file.size()).add("sha256", file.sha256())));
            lessons.add(Json.createObjectBuilder()
                    .add("number", lesson.number()).add("titleEn", lesson.titleEn()).add("titleNe", lesson.titleNe())
                    .add("unitEn", lesson.unitEn()).add("unitNe", lesson.unitNe())
                    .add("lessonPlans", Json.createObjectBuilder().add("ne", lesson.planNe()).add("en", lesson.planEn()))
                    .add("materials", materials));
        }
        JsonArrayBuilder omitted = Json.createArrayBuilder();
        kit.omitted().forEach(left -> omitted.add(Json.createObjectBuilder()
                .add("lesson", left.lesson()).add("materialId", left.materialId()).add("titleEn", left.titleEn())
                .add("titleNe", left.titleNe()).add("reason", left.reason().name()).add("size", left.size())));
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("kit", kit.id()).add("titleEn", kit.titleEn()).add("titleNe", kit.titleNe())
                .add("curriculumEn", kit.curriculumEn()).add("curriculumNe", kit.curriculumNe())
                .add("edition", kit.edition()).add("issued", kit.issued().toString()).add("lite", kit.lite());
        if (kit.lite()) {
            root.add("liteLimitBytes", liteLimitBytes);
        }
        root.add("lessons", lessons).add("omitted", omitted);
        StringWriter out = new StringWriter();
        try (JsonWriter writer = PRETTY.createWriter(out)) {
            writer.writeObject(root.build());
        }
        return out.toString().strip() + "\n";
    }

    public static String html(KitContents kit, long liteLimitBytes) {
        ResourceBundle ne = labels("ne");
        ResourceBundle en = labels("en");
        StringBuilder page = new StringBuilder(4096);
        page.append("<!DOCTYPE html>\n<html lang=\"ne\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(kit.titleNe())).append(" · ").append(escape(kit.titleEn()))
                .append("</title>\n<style>\n")
                .append("body{font-family:'Noto Sans Devanagari','Noto Sans',sans-serif;max-width:48rem;margin:1rem auto;")
                .append("padding:0 1rem;line-height:1.5;color:#222}h1{font-size:1.4rem}h2{font-size:1.15rem;")
                .append("border-top:1px solid #ccc;padding-top:.8rem}.en{color:#555}ul{padding-left:1.2rem}")
                .append("a{color:#0b5394}.note{background:#f4f4f4;padding:.5rem .8rem}\n</style>\n</head>\n<body>\n");
        page.append("<h1>").append(escape(kit.titleNe())).append("<br><span class=\"en\" lang=\"en\">")
                .append(escape(kit.titleEn())).append("</span></h1>\n");
        page.append("<p>").append(escape(kit.curriculumNe())).append(", ")
                .append(escape(format(ne, "kit.edition", true, kit.edition())))
                .append(" · <span class=\"en\" lang=\"en\">").append(escape(kit.curriculumEn())).append(", ")
                .append(escape(format(en, "kit.edition", false, kit.edition()))).append("</span></p>\n");
        if (kit.lite()) {
            page.append("<p class=\"note\">").append(escape(format(ne, "kit.lite", true, size(liteLimitBytes))))
                    .append("<br><span class=\"en\" lang=\"en\">")
                    .append(escape(format(en, "kit.lite", false, size(liteLimitBytes)))).append("</span></p>\n");
        }
        for (KitContents.KitLesson lesson : kit.lessons()) {
            page.append("<h2>").append(escape(format(ne, "kit.lesson", true, lesson.number()))).append(": ")
                    .append(escape(lesson.titleNe())).append("<br><span class=\"en\" lang=\"en\">")
                    .append(escape(format(en, "kit.lesson", false, lesson.number()))).append(": ")
                    .append(escape(lesson.titleEn())).append("</span></h2>\n");
            page.append("<p>").append(both(ne, en, "kit.unit")).append(": ").append(escape(lesson.unitNe()))
                    .append(" · <span class=\"en\" lang=\"en\">").append(escape(lesson.unitEn())).append("</span></p>\n");
            page.append("<p>").append(both(ne, en, "kit.plan")).append(": <a href=\"").append(href(lesson.planNe()))
                    .append("\">").append(escape(ne.getString("kit.planNe"))).append(" (PDF)</a> · <a href=\"")
                    .append(href(lesson.planEn())).append("\" lang=\"en\">").append(escape(en.getString("kit.planEn")))
                    .append(" (PDF)</a></p>\n");
            page.append("<p>").append(both(ne, en, "kit.materials")).append(":</p>\n");
            if (lesson.materials().isEmpty()) {
                page.append("<p>").append(both(ne, en, "kit.noMaterials")).append("</p>\n");
            } else {
                page.append("<ul>\n");
                for (KitContents.KitFile file : lesson.materials()) {
                    page.append("<li><a href=\"").append(href(file.path())).append("\">").append(escape(file.titleNe()))
                            .append("</a> · <span class=\"en\" lang=\"en\">").append(escape(file.titleEn()))
                            .append("</span> (").append(escape(size(file.size()))).append(")</li>\n");
                }
                page.append("</ul>\n");
            }
        }
        if (!kit.omitted().isEmpty()) {
            page.append("<h2>").append(both(ne, en, "kit.omitted")).append("</h2>\n<ul>\n");
            for (KitContents.Omitted left : kit.omitted()) {
                String key = "kit.reason." + left.reason().name();
                page.append("<li>").append(escape(format(ne, "kit.lesson", true, left.lesson()))).append(": ")
                        .append(escape(left.titleNe())).append(" — ")
                        .append(escape(format(ne, key, true, size(left.size()))))
                        .append("<br><span class=\"en\" lang=\"en\">").append(escape(left.titleEn())).append(" — ")
                        .append(escape(format(en, key, false, size(left.size())))).append("</span></li>\n");
            }
            page.append("</ul>\n");
        }
        page.append("<p class=\"note\">").append(escape(ne.getString("kit.offline")))
                .append("<br><span class=\"en\" lang=\"en\">").append(escape(en.getString("kit.offline")))
                .append("</span></p>\n</body>\n</html>\n");
        return page.toString();
    }

    /** "Edition 2082" in English or Nepali. */
    public static String editionName(String label, String language) {
        return format(labels(language), "kit.edition", "ne".equals(language), label);
    }

    /** A lesson kit's title: "Lesson 3: Trusted adults". */
    public static String lessonTitle(int number, String title, String language) {
        return format(labels(language), "kit.title.lesson", "ne".equals(language), number, "\u0000")
                .replace("\u0000", title);
    }

    /** A unit bundle's title: "Unit 2: Keeping safe". */
    public static String unitTitle(int number, String title, String language) {
        return format(labels(language), "kit.title.unit", "ne".equals(language), number, "\u0000")
                .replace("\u0000", title);
    }

    /** A whole edition's bundle title: "Sticks and Stones, edition 2082: every lesson". */
    public static String editionTitle(String curriculum, String label, String language) {
        return format(labels(language), "kit.title.edition", "ne".equals(language), "\u0000", label)
                .replace("\u0000", curriculum);
    }

    /** The lite variant's title. */
    public static String liteTitle(String title, String language) {
        return format(labels(language), "kit.title.lite", false, "\u0000").replace("\u0000", title);
    }

    /** A size as people read it: 840 KB, 2.4 MB. */
    static String size(long bytes) {
        if (bytes < 1_000_000) {
            return Math.max(1, Math.round(bytes / 1000.0)) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    private static String both(ResourceBundle ne, ResourceBundle en, String key) {
        return escape(ne.getString(key)) + " · <span class=\"en\" lang=\"en\">" + escape(en.getString(key)) + "</span>";
    }

    private static String format(ResourceBundle labels, String key, boolean nepali, Object... arguments) {
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = String.valueOf(arguments[i]); // no grouping separators in numbers
        }
        String text = new MessageFormat(labels.getString(key), Locale.ROOT).format(texts);
        return nepali ? NepaliDigits.toDevanagari(text) : text;
    }

    /** A relative link to an entry: each path segment percent-encoded, so Nepali names work from disk. */
    private static String href(String path) {
        StringBuilder encoded = new StringBuilder();
        for (String segment : path.split("/")) {
            if (!encoded.isEmpty()) {
                encoded.append('/');
            }
            encoded.append(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        return escape(encoded.toString());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static ResourceBundle labels(String language) {
        return ResourceBundle.getBundle("org.sachet.templates.kit.labels", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
