package se.agencynetwork.procurement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For tests only: the repository's decision table with a complete 2026-2027 block, made the way
 * docs/PROCUREMENT.md section 2 tells an administrator to add a period (the 2024-2025 block copied with
 * the next range). Its figures are the 2024-2025 ones and stand in for the official 2026-2027 SEK figures,
 * which were not verified: they test the mechanism, never the law.
 */
public final class TestThresholds {

    private TestThresholds() {
    }

    public static String with2026Period() throws IOException {
        String dmn = Files.readString(Path.of("processes/procurement-procedure.dmn"));
        // drop the partial 2026 block, then copy the 2024 block with the 2026-2027 range
        dmn = dmn.replaceAll("(?s)\\s*<rule id=\"Rule_2026_.*?</rule>", "");
        StringBuilder copies = new StringBuilder();
        java.util.regex.Matcher rules = java.util.regex.Pattern.compile("(?s)\\s*<rule id=\"Rule_2024_.*?</rule>").matcher(dmn);
        while (rules.find()) {
            copies.append(rules.group().replace("Rule_2024_", "Rule_2026_")
                    .replace("[date(\"2024-01-01\")..date(\"2026-01-01\"))", "[date(\"2026-01-01\")..date(\"2028-01-01\"))"));
        }
        return dmn.replace("\n    </decisionTable>", copies + "\n    </decisionTable>");
    }
}
