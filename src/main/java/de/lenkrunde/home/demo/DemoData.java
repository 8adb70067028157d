package de.lenkrunde.home.demo;

import de.lenkrunde.bodies.AreaData;
import de.lenkrunde.bodies.AreaKind;
import de.lenkrunde.bodies.AreaService;
import de.lenkrunde.bodies.BodyData;
import de.lenkrunde.bodies.BodyRole;
import de.lenkrunde.bodies.BodyService;
import de.lenkrunde.bodies.BodyType;
import de.lenkrunde.bodies.MembershipData;
import de.lenkrunde.bodies.MembershipService;
import de.lenkrunde.bodies.QuorumRule;
import de.lenkrunde.people.AccountData;
import de.lenkrunde.people.GlobalRole;
import de.lenkrunde.people.LoginHints;
import de.lenkrunde.people.PeopleService;
import de.lenkrunde.people.PersonData;
import de.lenkrunde.people.PersonFilter;
import de.lenkrunde.people.SystemUser;
import de.lenkrunde.proposals.CriterionData;
import de.lenkrunde.proposals.HintePrinciple;
import de.lenkrunde.proposals.ProposalData;
import de.lenkrunde.proposals.ProposalService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The fictional town of Lindenhain in the Landkreis Seeland: its Lenkrunde, Sozialraumkonferenz, four
 * focus groups and their people. Loaded once, into an empty database, while demo mode is on; it goes
 * through the ordinary services, so the demo is built exactly as users would build it.
 */
@Component
@Order(10)
public class DemoData implements ApplicationRunner, LoginHints {

    public static final String PASSWORD = "Lindenhain-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final LocalDate SINCE = LocalDate.of(2025, 1, 1);

    private final DemoMode demoMode;
    private final PeopleService people;
    private final AreaService areas;
    private final BodyService bodies;
    private final MembershipService memberships;
    private final ProposalService proposals;
    private final TransactionTemplate transaction;
    private final DemoFunding funding;
    private final DemoDecisions demoDecisions;
    private DemoDecisions.Cast decisionCast;
    private final List<DemoLogin> logins = new ArrayList<>();

    DemoData(DemoMode demoMode, PeopleService people, AreaService areas, BodyService bodies,
             MembershipService memberships, ProposalService proposals, TransactionTemplate transaction, DemoFunding funding,
             DemoDecisions demoDecisions) {
        this.funding = funding;
        this.demoDecisions = demoDecisions;
        this.proposals = proposals;
        this.demoMode = demoMode;
        this.people = people;
        this.areas = areas;
        this.bodies = bodies;
        this.memberships = memberships;
        this.transaction = transaction;
        describeLogins();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled()) {
            return;
        }
        boolean empty = SystemUser.call(() -> people.count(PersonFilter.none()) == 0);
        if (empty) {
            long started = System.currentTimeMillis();
            SystemUser.call(() -> transaction.execute(status -> {
                load();
                return null;
            }));
            // the held meeting in transactions of its own, as the chair would work through the day
            demoDecisions.load(decisionCast);
            log.info("Demo data of Lindenhain loaded in {} ms", System.currentTimeMillis() - started);
        }
        StringBuilder text = new StringBuilder("Demo mode: log in with one of these (password ").append(PASSWORD).append("):");
        logins.forEach(l -> text.append(System.lineSeparator()).append(String.format("  %-12s %s", l.login(), l.description())));
        log.info(text.toString());
    }

    @Override
    public List<DemoLogin> demoLogins() {
        return demoMode.enabled() ? logins : List.of();
    }

    private void describeLogins() {
        login("admin", "Administration");
        login("koordination", "Regionalkoordination Planregion Nord");
        login("vorsitz", "Bürgermeister, Vorsitz der Lenkrunde");
        login("stellv", "Stellvertretender Vorsitz der Lenkrunde");
        login("protokoll", "Protokollführung der Lenkrunde");
        login("planung", "Stadtplanung, Mitglied der Lenkrunde");
        login("kaemmerei", "Kämmerei (Finanzen), Mitglied der Lenkrunde");
        login("finanzen", "Finanzverwaltung (zweite Freigabe)");
        login("jugend", "Vorsitz Fokusgruppe Jugend, Vertreterin in der Lenkrunde");
        login("senioren", "Vorsitz Fokusgruppe Senioren, Vertreterin in der Lenkrunde");
        login("mitglied", "Mitglied der Fokusgruppen Jugend und Bildung");
    }

    private void login(String login, String description) {
        logins.add(new DemoLogin(login, PASSWORD, description));
    }

    private void load() {
        long district = areas.create(new AreaData(null, AreaKind.DISTRICT, "Landkreis Seeland"));
        long north = areas.create(new AreaData(district, AreaKind.PLAN_REGION, "Planregion Nord"));
        long south = areas.create(new AreaData(district, AreaKind.PLAN_REGION, "Planregion Süd"));
        long town = areas.create(new AreaData(north, AreaKind.TOWN, "Lindenhain"));
        long centre = areas.create(new AreaData(town, AreaKind.SOCIAL_SPACE, "Lindenhain-Mitte"));
        areas.create(new AreaData(town, AreaKind.SOCIAL_SPACE, "Lindenhain-Süd"));
        long otherTown = areas.create(new AreaData(south, AreaKind.TOWN, "Erlenbrück"));

        long steering = body(BodyType.STEERING_ROUND, "Lenkrunde Lindenhain", "LR-LIN", null, town);
        long conference = body(BodyType.CONFERENCE, "Sozialraumkonferenz Lindenhain-Mitte", "SRK-LIN", null, centre);
        long education = body(BodyType.FOCUS_GROUP, "Fokusgruppe Bildung", "FG-BIL", "Bildung", town);
        long culture = body(BodyType.FOCUS_GROUP, "Fokusgruppe Kultur & Freizeit", "FG-KUL", "Kultur & Freizeit", town);
        long youth = body(BodyType.FOCUS_GROUP, "Fokusgruppe Jugend", "FG-JUG", "Jugend", town);
        long seniors = body(BodyType.FOCUS_GROUP, "Fokusgruppe Senioren", "FG-SEN", "Senioren", town);
        body(BodyType.STEERING_ROUND, "Lenkrunde Erlenbrück", "LR-ERL", null, otherTown);

        person("Petra", "Lorenz", "Landkreis Seeland", "IT-Administration", "admin", Set.of(GlobalRole.ADMIN), Set.of());
        person("Miriam", "Falk", "Landkreis Seeland", "Regionalkoordination", "koordination", Set.of(GlobalRole.COORDINATOR), Set.of(north));
        long mayor = person("Thomas", "Brandt", "Stadt Lindenhain", "Bürgermeister", "vorsitz", Set.of(), Set.of());
        long deputy = person("Anja", "Weber", "Stadt Lindenhain", "Amt für Soziales", "stellv", Set.of(), Set.of());
        long minutes = person("Lena", "Hoffmann", "Stadt Lindenhain", "Büro des Bürgermeisters", "protokoll", Set.of(), Set.of());
        long planning = person("Markus", "Becker", "Stadt Lindenhain", "Stadtplanung", "planung", Set.of(), Set.of());
        long treasury = person("Claudia", "Schulz", "Stadt Lindenhain", "Kämmerei", "kaemmerei", Set.of(GlobalRole.FINANCE), Set.of());
        person("Henrik", "Vogel", "Landkreis Seeland", "Finanzverwaltung", "finanzen", Set.of(GlobalRole.FINANCE), Set.of());
        long youthChair = person("Deniz", "Kaya", "Jugendclub Lindenhain e. V.", "Sozialarbeiterin", "jugend", Set.of(), Set.of());
        long seniorsChair = person("Gisela", "Hartmann", "Seniorenbeirat", "Vorsitzende", "senioren", Set.of(), Set.of());
        long member = person("Paul", "Neumann", null, "Anwohner", "mitglied", Set.of(), Set.of());
        long educationChair = person("Jan", "Richter", "Grundschule am Lindenplatz", "Schulleiter", null, Set.of(), Set.of());
        long cultureChair = person("Sofia", "Novak", "Kulturverein Lindenhain", "Vorstand", null, Set.of(), Set.of());
        long resident1 = person("Łukasz", "Nowicki", null, "Anwohner", null, Set.of(), Set.of());
        long resident2 = person("Aylin", "Şahin", "Elternrat Kita Sonnenschein", "Elternvertreterin", null, Set.of(), Set.of());
        long resident3 = person("Greta", "Lindqvist", "Bibliothek Lindenhain", "Leiterin", null, Set.of(), Set.of());
        long resident4 = person("Karl-Heinz", "Brückner", null, "Ehrenamtlicher", null, Set.of(), Set.of());
        long resident5 = person("Mira", "Schneider", "Jugendfeuerwehr", "Jugendwartin", null, Set.of(), Set.of());
        long resident6 = person("Olena", "Kovalenko", "Nachbarschaftstreff", "Koordinatorin", null, Set.of(), Set.of());

        member(steering, mayor, BodyRole.CHAIR, true, null);
        member(steering, deputy, BodyRole.DEPUTY, true, null);
        member(steering, minutes, BodyRole.MINUTE_TAKER, false, null);
        member(steering, planning, BodyRole.MEMBER, true, null);
        member(steering, treasury, BodyRole.MEMBER, true, null);
        member(steering, youthChair, BodyRole.MEMBER, true, youth);
        member(steering, seniorsChair, BodyRole.MEMBER, true, seniors);

        member(conference, mayor, BodyRole.CHAIR, true, null);
        member(conference, minutes, BodyRole.MINUTE_TAKER, false, null);
        member(conference, deputy, BodyRole.MEMBER, true, null);
        member(conference, resident3, BodyRole.MEMBER, true, null);
        member(conference, resident6, BodyRole.ADVISORY, false, null);
        member(conference, resident4, BodyRole.GUEST, false, null);

        member(education, educationChair, BodyRole.CHAIR, true, null);
        member(education, resident2, BodyRole.MEMBER, true, null);
        member(education, resident3, BodyRole.MEMBER, true, null);
        member(education, member, BodyRole.MEMBER, true, null);

        member(culture, cultureChair, BodyRole.CHAIR, true, null);
        member(culture, resident3, BodyRole.MEMBER, true, null);
        member(culture, resident4, BodyRole.MEMBER, true, null);

        member(youth, youthChair, BodyRole.CHAIR, true, null);
        member(youth, resident5, BodyRole.MEMBER, true, null);
        member(youth, member, BodyRole.MEMBER, true, null);
        member(youth, resident1, BodyRole.MEMBER, true, null);

        member(seniors, seniorsChair, BodyRole.CHAIR, true, null);
        member(seniors, resident4, BodyRole.MEMBER, true, null);
        member(seniors, resident6, BodyRole.ADVISORY, false, null);

        proposal(youth, youthChair, steering, "Jugendraum im alten Bahnhof", "Jugendliche haben abends keinen Treffpunkt im Ort.",
                "Ein selbstverwalteter Raum für Jugendliche ab 14 Jahren.", "Raum herrichten, Möbel gemeinsam bauen, Öffnungszeiten mit dem Jugendclub abstimmen.",
                new BigDecimal("6500.00"), "Die Lenkrunde beschließt, den Jugendraum im alten Bahnhof einzurichten und mit 6.500 € zu fördern.", true);
        proposal(seniors, seniorsChair, steering, "Offener Mittagstisch im Nachbarschaftstreff", "Viele Ältere essen allein.",
                "Einmal pro Woche ein gemeinsames Mittagessen.", "Ehrenamtliche kochen, der Nachbarschaftstreff stellt die Küche.",
                new BigDecimal("0.00"), "Die Lenkrunde unterstützt den Mittagstisch ohne eigene Mittel.", true);
        proposal(education, educationChair, steering, "Lesepaten für die Grundschule", "Viele Kinder lesen zu wenig.",
                "Jedes Kind der 2. Klasse hat eine Lesepatin oder einen Lesepaten.", "Ehrenamtliche gewinnen und schulen.",
                new BigDecimal("800.00"), null, false);

        long festival = proposal(culture, cultureChair, steering, "Sommerfest im Stadtpark", "Die Nachbarschaften kennen sich kaum.",
                "Ein Fest von Vereinen für alle im Stadtpark.", "Bühne, Programm der Vereine, Mitbringbuffet.",
                new BigDecimal("3200.00"), "Die Lenkrunde beschließt das Sommerfest und beantragt 3.200 € Fördermittel.", true);
        long trail = proposal(seniors, seniorsChair, steering, "Bewegungsparcours am Seeufer", "Ältere wünschen sich Bewegung im Freien.",
                "Sechs Geräte für alle Generationen am Seeufer.", "Geräte auswählen, aufstellen, Einweisung durch den Sportverein.",
                new BigDecimal("9800.00"), "Die Lenkrunde beschließt den Bewegungsparcours und beantragt 9.800 € Fördermittel.", true);
        long homework = proposal(education, educationChair, steering, "Hausaufgabenhilfe im Nachbarschaftstreff",
                "Kinder ohne Hilfe zu Hause fallen zurück.", "Zweimal pro Woche betreute Hausaufgabenhilfe.",
                "Ehrenamtliche und eine Honorarkraft, Material.", new BigDecimal("2400.00"),
                "Die Lenkrunde beschließt die Hausaufgabenhilfe und beantragt 2.400 € Fördermittel.", true);
        funding.load(new DemoFunding.Proposals(festival, trail, homework, town));
        // decided in the demo's held meeting (DemoDecisions); the two above stay waiting for the next agenda
        long graffiti = proposal(youth, youthChair, steering, "Graffiti-Wand am Jugendclub", "Wände werden heimlich besprüht.",
                "Eine legale Fläche, gestaltet von Jugendlichen.", "Eigentümer fragen, Wand grundieren, Workshop mit einer Künstlerin.",
                new BigDecimal("900.00"), "Die Lenkrunde beschließt die Graffiti-Wand am Jugendclub und fördert sie mit 900 €.", true);
        long bookcase = proposal(culture, cultureChair, steering, "Bücherschrank am Marktplatz", "Bücher landen im Müll.",
                "Ein offener Bücherschrank zum Tauschen.", "Ausgedienten Schrank wetterfest machen und aufstellen.",
                BigDecimal.ZERO, "Die Lenkrunde unterstützt den Bücherschrank ohne eigene Mittel.", true);
        decisionCast = new DemoDecisions.Cast(steering, culture, youthChair, member, minutes, graffiti, bookcase);
    }

    private long proposal(long group, long contact, long target, String title, String occasion, String goal, String measures,
                          BigDecimal amount, String decisionProposal, boolean submit) {
        long id = proposals.createDraft(new ProposalData(title, group, contact, target, bodies.get(group).data().areaId(), occasion, goal, measures, null,
                null, null, amount, BigDecimal.ZERO, decisionProposal,
                List.of(new CriterionData(HintePrinciple.INTERESTS_AND_WILL, true, "In der Fokusgruppe von Anwohnenden eingebracht."),
                        new CriterionData(HintePrinciple.SELF_HELP, true, "Die Beteiligten packen selbst mit an."))));
        if (submit) {
            proposals.submit(id, proposals.get(id).version());
        }
        return id;
    }

    private long body(BodyType type, String name, String code, String topic, long areaId) {
        return bodies.create(new BodyData(type, name, code, topic, areaId, true, 7, QuorumRule.MORE_THAN_HALF,
                type == BodyType.FOCUS_GROUP));
    }

    private long person(String first, String last, String organisation, String function, String login,
                        Set<GlobalRole> roles, Set<Long> regions) {
        String email = login == null ? null : login + "@lindenhain.example";
        long id = people.create(new PersonData(first, last, email, null, organisation, function));
        if (login != null) {
            people.createAccountWithPassword(id, new AccountData(login, roles, regions, "de", true), PASSWORD, false);
        }
        return id;
    }

    private void member(long bodyId, long personId, BodyRole role, boolean votingRight, Long onBehalfOf) {
        memberships.add(bodyId, new MembershipData(personId, role, votingRight, onBehalfOf, SINCE, null));
    }
}
