package de.lenkrunde.base.i18n;

import de.lenkrunde.bodies.AreaKind;
import de.lenkrunde.bodies.BodyRole;
import de.lenkrunde.bodies.BodyType;
import de.lenkrunde.bodies.QuorumRule;
import de.lenkrunde.people.GlobalRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every translation key the code uses exists in German and English, and both files have the same keys.
 * The keys are found by scanning src/main/java for the ways this code base names a key.
 */
class TranslationsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path GERMAN = Path.of("src/main/resources/vaadin-i18n/translations.properties");
    private static final Path ENGLISH = Path.of("src/main/resources/vaadin-i18n/translations_en.properties");

    /** Literal keys: {@code getTranslation("k")}, {@code translate(x, "k")}, {@code @Menu(title = "k")}, … */
    private static final List<Pattern> KEY_PATTERNS = List.of(
            Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*[,)]"),
            Pattern.compile("\\btranslate\\(\\s*[\\w.()]+\\s*,\\s*\"([^\"]+)\""),
            Pattern.compile("@Menu\\([^)]*\\btitle\\s*=\\s*\"([^\"]+)\""),
            Pattern.compile("\\bmessage\\s*=\\s*\"([^\"]+)\""),
            Pattern.compile("InvalidInputException\\.of\\(\\s*(?:null|\"[^\"]*\")\\s*,\\s*\"([^\"]+)\""),
            Pattern.compile("FieldError\\.of\\(\\s*(?:null|\"[^\"]*\")\\s*,\\s*\"([^\"]+)\""),
            Pattern.compile("new BusinessRuleException\\(\\s*\"([^\"]+)\""),
            Pattern.compile("\\bsplit\\(\\s*\\w+\\s*,\\s*\"([^\"]+)\"\\s*\\)"));

    /** Keys built from a prefix and a name: {@code getTranslation("role." + role.name())}. */
    private static final Pattern PREFIX_PATTERN = Pattern.compile("getTranslation\\(\\s*\"([^\"]+\\.)\"\\s*\\+");

    /** What each prefix is followed by. A new prefix in the code must be added here. */
    private static final Map<String, List<String>> PREFIX_VALUES = Map.ofEntries(
            Map.entry("role.", names(GlobalRole.values())),
            Map.entry("bodyRole.", names(BodyRole.values())),
            Map.entry("bodyType.", names(BodyType.values())),
            Map.entry("areaKind.", names(AreaKind.values())),
            Map.entry("quorumRule.", names(QuorumRule.values())),
            Map.entry("language.", Languages.SUPPORTED.stream().map(java.util.Locale::getLanguage).toList()),
            Map.entry("hinte.", names(de.lenkrunde.proposals.HintePrinciple.values())),
            Map.entry("proposalStatus.", names(de.lenkrunde.proposals.ProposalStatus.values())),
            Map.entry("timeline.", timelineActions()),
            // fields named in the case view: missing for submitting, or changed between text versions
            Map.entry("proposal.", List.of("occasion", "goal", "measures", "decisionProposal", "contactPersonId", "criteria", "title",
                    "targetGroup", "plannedFrom", "plannedTo", "requestedAmount", "ownContribution")),
            Map.entry("meetingStatus.", names(de.lenkrunde.meetings.MeetingStatus.values())),
            Map.entry("agendaItemKind.", names(de.lenkrunde.bodies.AgendaItemKind.values())),
            Map.entry("agendaItemState.", names(de.lenkrunde.meetings.AgendaItemState.values())),
            Map.entry("attendanceStatus.", names(de.lenkrunde.meetings.AttendanceStatus.values())),
            Map.entry("meetings.when.", names(de.lenkrunde.meetings.MeetingFilter.When.values())),
            Map.entry("outbox.status.", names(de.lenkrunde.notifications.MailStatus.values())),
            // funding
            Map.entry("funding.status.", names(de.lenkrunde.funding.FundingStatus.values())),
            Map.entry("funding.decide.", names(de.lenkrunde.funding.FundingVerdict.values())),
            Map.entry("funding.vote.", names(de.lenkrunde.decisions.VoteMethod.values())),
            Map.entry("funding.queue.filter.", List.of("open", "all")),
            Map.entry("actionStatus.", names(de.lenkrunde.actions.ActionStatus.values())),
            Map.entry("decisionOutcome.", names(de.lenkrunde.proposals.DecisionOutcome.values())),
            Map.entry("motionKind.", names(de.lenkrunde.decisions.MotionKind.values())),
            Map.entry("motionOutcome.", names(de.lenkrunde.decisions.MotionOutcome.values())),
            Map.entry("voteMethod.", names(de.lenkrunde.decisions.VoteMethod.values())),
            Map.entry("proceduralMotion.", names(de.lenkrunde.decisions.ProceduralMotion.values())),
            // ActionItemsPanel's private owner choice: a person or a body
            Map.entry("live.action.ownerKind.", List.of("PERSON", "BODY")));

    /** The actions the proposal service writes into the timeline. */
    private static List<String> timelineActions() {
        List<String> actions = new java.util.ArrayList<>(List.of("CREATE", "EDIT", "SUBMIT", "WITHDRAW", "RETURN", "FORWARD",
                "COMMENT", "ATTACH", "DETACH", "SCHEDULE", "FUNDING_REQUESTED", "START_IMPLEMENTATION", "COMPLETE", "DISCONTINUE"));
        java.util.Arrays.stream(de.lenkrunde.proposals.UnscheduleReason.values()).forEach(r -> actions.add("UNSCHEDULE_" + r.name()));
        java.util.Arrays.stream(de.lenkrunde.proposals.DecisionOutcome.values()).forEach(o -> actions.add("DECIDE_" + o.name()));
        java.util.Arrays.stream(de.lenkrunde.proposals.FundingResult.values()).forEach(r -> actions.add("FUNDING_" + r.name()));
        // steps of action items implementing the proposal (told by actions)
        actions.addAll(List.of("ACTION_PROGRESS", "ACTION_DONE", "ACTION_CANCELLED", "ACTION_RESCHEDULED", "ACTIONS_ALL_DONE"));
        java.util.Arrays.stream(de.lenkrunde.proposals.DecisionOutcome.values()).forEach(o -> actions.add("CORRECT_" + o.name()));
        return actions;
    }

    private static Properties german;
    private static Properties english;
    private static Map<String, Set<Path>> literalKeys;
    private static Map<String, Set<Path>> prefixes;

    @BeforeAll
    static void scan() throws IOException {
        german = load(GERMAN);
        english = load(ENGLISH);
        literalKeys = new TreeMap<>();
        prefixes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                for (Pattern pattern : KEY_PATTERNS) {
                    collect(pattern.matcher(source), file, literalKeys);
                }
                collect(PREFIX_PATTERN.matcher(source), file, prefixes);
            }
        }
    }

    @Test
    void the_scan_finds_the_keys_of_every_kind_of_use() {
        assertThat(literalKeys).containsKeys(
                "app.name",                   // getTranslation
                "error.accessDenied",         // translate(ui, …)
                "menu.admin.bodies",          // @Menu(title = …)
                "validation.required",        // message = … of a constraint
                "membership.rule.overlap",    // InvalidInputException.of
                "validation.shortCode.duplicate", // FieldError.of
                "area.rule.wrongLevel",       // BusinessRuleException
                "datepicker.months");         // ComponentTexts.split
        assertThat(literalKeys).hasSizeGreaterThan(100);
        assertThat(prefixes).isNotEmpty();
    }

    @Test
    void every_key_used_in_the_code_is_translated_into_german_and_english() {
        assertThat(missing(literalKeys.keySet(), german)).as("missing in " + GERMAN + " (key -> used in)").isEmpty();
        assertThat(missing(literalKeys.keySet(), english)).as("missing in " + ENGLISH + " (key -> used in)").isEmpty();
    }

    @Test
    void every_key_built_from_a_prefix_is_translated_for_every_value() {
        assertThat(prefixes.keySet()).as("prefixes without known values: add them to PREFIX_VALUES")
                .isSubsetOf(PREFIX_VALUES.keySet());
        List<String> built = prefixes.keySet().stream()
                .flatMap(prefix -> PREFIX_VALUES.get(prefix).stream().map(value -> prefix + value))
                .toList();
        assertThat(missing(built, german)).as("missing in German").isEmpty();
        assertThat(missing(built, english)).as("missing in English").isEmpty();
    }

    @Test
    void german_and_english_have_the_same_keys() {
        Set<String> onlyGerman = new TreeSet<>(german.stringPropertyNames());
        onlyGerman.removeAll(english.stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(german.stringPropertyNames());

        assertThat(onlyGerman).as("only in German").isEmpty();
        assertThat(onlyEnglish).as("only in English").isEmpty();
    }

    @Test
    void no_translation_is_empty_and_both_languages_use_the_same_placeholders() {
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(german.stringPropertyNames())) {
            String de = german.getProperty(key);
            String en = english.getProperty(key);
            if (de.isBlank() || (en != null && en.isBlank())) {
                problems.add(key + ": empty");
            } else if (en != null && !placeholders(de).equals(placeholders(en))) {
                problems.add(key + ": " + placeholders(de) + " vs " + placeholders(en));
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void collect(Matcher matcher, Path file, Map<String, Set<Path>> into) {
        while (matcher.find()) {
            into.computeIfAbsent(matcher.group(1), k -> new TreeSet<>()).add(file.getFileName());
        }
    }

    private static Map<String, Set<Path>> missing(java.util.Collection<String> keys, Properties translations) {
        return keys.stream().filter(key -> !translations.containsKey(key))
                .collect(Collectors.toMap(k -> k, k -> literalKeys.getOrDefault(k, Set.of()), (a, b) -> a, TreeMap::new));
    }

    private static Set<String> placeholders(String text) {
        Matcher matcher = Pattern.compile("\\{(\\d+)").matcher(text);
        Set<String> found = new TreeSet<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
