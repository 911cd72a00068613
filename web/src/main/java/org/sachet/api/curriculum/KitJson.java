package org.sachet.api.curriculum;

import org.sachet.curriculum.Kit;

import java.util.List;

/**
 * A lesson kit in the API's list: what it is, how big, its ETag (the same until its content changes) and where
 * to download it; {@code missing} names materials whose files are not in the store (the kit is not served).
 */
public record KitJson(String id, String scope, boolean lite, long editionId, Long lessonId, String titleEn,
                      String titleNe, int lessons, long size, String etag, String fileName, String download,
                      List<String> omitted, List<String> missing) {

    static KitJson of(Kit kit, String baseUri) {
        return new KitJson(kit.id().toString(), kit.id().scope().name(), kit.id().lite(), kit.editionId(),
                kit.lessonId(), kit.titleEn(), kit.titleNe(), kit.lessons(), kit.size(), kit.etag(), kit.fileName(),
                baseUri + "kits/" + kit.id() + ".zip", kit.omitted(), kit.missing());
    }
}
