package org.sachet.content.extraction;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The first bytes of a file, with the few structural peeks that Tika's magic numbers alone leave open: which
 * entries a ZIP starts with (a DOCX, a JAR, a ZIP holding a program), what an OLE2 file's directory names (a
 * DOC, an XLS, an MSI installer), and the signatures of programs.
 */
final class ContentPrefix {

    private static final byte[] ZIP_LOCAL_HEADER = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    /** CLSIDs of Windows Installer packages, patches and transforms ({000C1084/6/2-0000-0000-C000-000000000046}). */
    private static final int[] INSTALLER_CLSIDS = {0x000C1084, 0x000C1086, 0x000C1082};
    private static final byte[] OLE_CLSID_TAIL = {0, 0, 0, 0, (byte) 0xC0, 0, 0, 0, 0, 0, 0, 0x46};

    private final byte[] bytes;

    ContentPrefix(byte[] bytes) {
        this.bytes = bytes;
    }

    byte[] bytes() {
        return bytes;
    }

    boolean isEmpty() {
        return bytes.length == 0;
    }

    /**
     * Signatures of native programs and scripts, checked here as well as through Tika's registry so that the
     * refusal does not hang on one database entry: PE/DOS ("MZ"), ELF, Mach-O (both byte orders, 32/64 bit),
     * Java class files and Mach-O fat binaries (both CAFEBABE), and "#!" scripts.
     */
    boolean looksLikeProgram() {
        if (startsWith('M', 'Z') || startsWith(0x7F, 'E', 'L', 'F') || startsWith('#', '!')) {
            return true;
        }
        return startsWith(0xFE, 0xED, 0xFA, 0xCE) || startsWith(0xFE, 0xED, 0xFA, 0xCF)
                || startsWith(0xCE, 0xFA, 0xED, 0xFE) || startsWith(0xCF, 0xFA, 0xED, 0xFE)
                || startsWith(0xCA, 0xFE, 0xBA, 0xBE);
    }

    /** An AAC ADTS stream: 12-bit sync word, layer 00 (Tika's magic does not cover it). */
    boolean isAdtsAudio() {
        return bytes.length >= 7 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xF6) == 0xF0;
    }

    /** An Ogg stream whose first packet is an Opus header. */
    boolean isOggOpus() {
        return startsWith('O', 'g', 'g', 'S') && regionEquals(28, "OpusHead".getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Names of the ZIP entries whose local headers lie in the prefix, in file order. Found by scanning for
     * local-header signatures, because streaming writers (Java's, POI's) leave entry sizes out of the headers,
     * so one header cannot be used to find the next; a stray signature inside compressed data only adds a name.
     */
    List<String> zipEntryNames() {
        List<String> names = new ArrayList<>();
        for (int at = indexOf(ZIP_LOCAL_HEADER, 0); at >= 0; at = indexOf(ZIP_LOCAL_HEADER, at + 4)) {
            if (at + 30 > bytes.length) {
                break;
            }
            int nameLength = u16(at + 26);
            if (nameLength == 0 || nameLength > 1024 || at + 30 + nameLength > bytes.length) {
                continue;
            }
            names.add(new String(bytes, at + 30, nameLength, StandardCharsets.UTF_8));
        }
        return names;
    }

    boolean isOle2() {
        return regionEquals(0, OLE2);
    }

    /**
     * Names in the first sector of an OLE2 directory (where the root entry and the main streams usually are),
     * if that sector lies in the prefix; empty otherwise.
     */
    List<String> ole2DirectoryNames() {
        List<String> names = new ArrayList<>();
        int sectorSize = ole2SectorSize();
        long directory = ole2DirectoryOffset();
        if (sectorSize == 0 || directory < 0 || directory + sectorSize > bytes.length) {
            return names;
        }
        for (int entry = (int) directory; entry + 128 <= directory + sectorSize; entry += 128) {
            int nameBytes = u16(entry + 0x40);
            if (nameBytes >= 2 && nameBytes <= 64) {
                names.add(new String(bytes, entry, nameBytes - 2, StandardCharsets.UTF_16LE));
            }
        }
        return names;
    }

    /** Whether the OLE2 root entry carries a Windows Installer CLSID (MSI, MSP, MST). */
    boolean isWindowsInstaller() {
        long directory = ole2DirectoryOffset();
        if (ole2SectorSize() == 0 || directory < 0 || directory + 128 > bytes.length) {
            return false;
        }
        int clsid = (int) directory + 0x50;
        int first = u16(clsid) | (u16(clsid + 2) << 16);
        return Arrays.stream(INSTALLER_CLSIDS).anyMatch(id -> id == first) && regionEquals(clsid + 4, OLE_CLSID_TAIL);
    }

    private int ole2SectorSize() {
        if (!isOle2() || bytes.length < 512) {
            return 0;
        }
        int shift = u16(0x1E);
        return shift == 9 || shift == 12 ? 1 << shift : 0;
    }

    /** Sector n starts after the header sector: at (n + 1) * sector size. */
    private long ole2DirectoryOffset() {
        int sectorSize = ole2SectorSize();
        if (sectorSize == 0) {
            return -1;
        }
        long firstSector = (u16(0x30) | ((long) u16(0x32) << 16));
        return firstSector >= 0xFFFFFFFAL ? -1 : (firstSector + 1) * sectorSize;
    }

    private boolean startsWith(int... signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean regionEquals(int offset, byte[] expected) {
        return offset >= 0 && offset + expected.length <= bytes.length
                && Arrays.equals(bytes, offset, offset + expected.length, expected, 0, expected.length);
    }

    private int indexOf(byte[] pattern, int from) {
        outer:
        for (int i = from; i <= bytes.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private int u16(int offset) {
        return (bytes[offset] & 0xFF) | ((bytes[offset + 1] & 0xFF) << 8);
    }
}
