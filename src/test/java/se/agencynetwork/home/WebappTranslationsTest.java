package se.agencynetwork.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Swedish translations of the webapps (src/main/resources/META-INF/resources/webjars/camunda/app/
 * &lt;app&gt;/locales/sv.json) against the English files Camunda ships in the webjar of the same path:
 * Tasklist key by key, Cockpit and Admin for the keys they translate (login and navigation).
 */
class WebappTranslationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

    /** Values that are the same word in Swedish (product names, Java type names, operators). */
    static final Set<String> SAME_IN_SWEDISH = Set.of("Tasklist", "Cockpit", "Admin", "OK", "Camunda", "Filter",
            "Diagram", "System", "Boolean", "Double", "Long", "Short", "<null>", "<undefined>", "<", "<=", ">", ">=");

    /** The Cockpit and Admin keys that must be Swedish: the login page, the header and the navigation. */
    static final List<String> LOGIN_AND_HEADER = List.of("PAGE_LOGIN_PLEASE_SIGN_IN", "PAGE_LOGIN_USERNAME",
            "PAGE_LOGIN_PASSWORD", "PAGE_LOGIN_SIGN_IN_ACTION", "PAGE_LOGIN_FAILED", "PAGE_LOGIN_ERROR_MSG",
            "SIGN_OUT_ACTION", "MY_PROFILE", "CAM_WIDGET_HEADER_SIGN_OUT", "CAM_WIDGET_HEADER_MY_PROFILE",
            "AUTH_LOGOUT_SUCCESSFUL", "BANNER_CE_EOL_TEXT");
    static final List<String> COCKPIT_NAVIGATION = List.of("COCKPIT_PROCESSES", "COCKPIT_DECISIONS",
            "COCKPIT_HUMAN_TASKS", "COCKPIT_MORE", "COCKPIT_DEPLOYMENTS", "COCKPIT_BATCHES", "DASHBOARD_DASHBOARD");
    static final List<String> ADMIN_NAVIGATION = List.of("USERS_USERS", "GROUPS_GROUPS", "TENANTS_TENANTS",
            "AUTHORIZATION_AUTHORIZATIONS", "DASHBOARD_DASHBOARD");

    @Test
    void tasklistHasEveryShippedKeyInSwedish() {
        Map<String, String> english = labels("tasklist", "en");
        Map<String, String> swedish = labels("tasklist", "sv");

        List<String> missing = english.keySet().stream().filter(key -> !swedish.containsKey(key)).toList();
        assertThat(missing).as("keys of the shipped en.json missing from sv.json").isEmpty();
        assertThat(swedish.keySet()).as("keys in sv.json that Tasklist does not have").isSubsetOf(english.keySet());
        assertThat(leftInEnglish(english, swedish)).as("values left as in en.json").isEmpty();
        assertThat(lostPlaceholders(english, swedish)).as("{{placeholders}} of en.json missing in sv.json").isEmpty();
        assertThat(swedish).hasSize(412); // Tasklist 7.24.0's en.json; a Camunda update shows here
    }

    @Test
    void cockpitAndAdminTranslateTheLoginPageAndTheNavigation() {
        assertPartial("cockpit", COCKPIT_NAVIGATION);
        assertPartial("admin", ADMIN_NAVIGATION);
    }

    @Test
    void datesAreSwedishWithMondayFirst() {
        for (String app : List.of("tasklist", "cockpit", "admin")) {
            JsonNode dates = read(app, "sv").path("dateLocales");
            assertThat(dates.path("longDateFormat").path("L").asText()).as(app).isEqualTo("YYYY-MM-DD");
            assertThat(dates.path("week").path("dow").asInt()).as(app + ": first day of the week").isEqualTo(1);
            assertThat(dates.path("months").get(0).asText()).as(app).isEqualTo("januari");
            assertThat(dates.path("weekdays").get(1).asText()).as(app).isEqualTo("måndag");
        }
    }

    @Test
    void theCheckNoticesAKeyLeftInEnglishAndALostPlaceholder() {
        Map<String, String> english = Map.of("CLAIM_TASK", "Claim", "TASKLIST_APP", "Tasklist",
                "CAM_WIDGET_COPY", "Click to copy '{{value}}'");
        Map<String, String> swedish = Map.of("CLAIM_TASK", "Claim", "TASKLIST_APP", "Tasklist",
                "CAM_WIDGET_COPY", "Klicka för att kopiera");
        assertThat(leftInEnglish(english, swedish)).containsExactly("CLAIM_TASK = Claim");
        assertThat(lostPlaceholders(english, swedish)).containsExactly("CAM_WIDGET_COPY: {{value}}");
    }

    private static void assertPartial(String app, List<String> navigation) {
        Map<String, String> english = labels(app, "en");
        Map<String, String> swedish = labels(app, "sv");
        assertThat(swedish.keySet()).as(app + ": keys in sv.json that the app does not have").isSubsetOf(english.keySet());
        assertThat(swedish.keySet()).as(app + ": login and header").containsAll(LOGIN_AND_HEADER);
        assertThat(swedish.keySet()).as(app + ": navigation").containsAll(navigation);
        assertThat(leftInEnglish(english, swedish)).as(app + ": values left as in en.json").isEmpty();
        assertThat(lostPlaceholders(english, swedish)).as(app + ": placeholders").isEmpty();
    }

    static List<String> leftInEnglish(Map<String, String> english, Map<String, String> swedish) {
        List<String> same = new ArrayList<>();
        swedish.forEach((key, value) -> {
            String original = english.get(key);
            if (value.equals(original) && !value.isEmpty() && !SAME_IN_SWEDISH.contains(value)) {
                same.add(key + " = " + value);
            }
        });
        return same;
    }

    static List<String> lostPlaceholders(Map<String, String> english, Map<String, String> swedish) {
        Pattern placeholder = Pattern.compile("\\{\\{\\s*\\w+\\s*}}");
        List<String> lost = new ArrayList<>();
        swedish.forEach((key, value) -> {
            Matcher matcher = placeholder.matcher(english.getOrDefault(key, ""));
            while (matcher.find()) {
                if (!value.contains(matcher.group())) {
                    lost.add(key + ": " + matcher.group());
                }
            }
        });
        return lost;
    }

    private static Map<String, String> labels(String app, String language) {
        Map<String, String> labels = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = read(app, language).path("labels").fields();
        fields.forEachRemaining(field -> labels.put(field.getKey(), field.getValue().asText()));
        assertThat(labels).as(app + " " + language + ".json labels").isNotEmpty();
        return labels;
    }

    private static JsonNode read(String app, String language) {
        String path = LOCALES.formatted(app, language);
        try (InputStream in = WebappTranslationsTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path + " on the class path").isNotNull();
            byte[] bytes = in.readAllBytes();
            int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF ? 3 : 0; // Camunda's files start with a BOM
            return JSON.readTree(new String(bytes, start, bytes.length - start, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
