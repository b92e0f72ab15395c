package ca.contingent.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

import ca.contingent.reporting.AnnualReport;
import ca.contingent.reporting.AnnualReport.ActivityFigures;
import ca.contingent.reporting.AnnualReport.MissionFigures;
import ca.contingent.reporting.AnnualReport.Totals;

/**
 * A published year's figures next to its current ones. Only figures are compared: a
 * mission's name or location is a label, and renaming it restates nothing.
 *
 * @param totals every total, published and current
 * @param missions every mission or component of either report, by code
 * @param activities the activity lines (mission, category, type) whose sums differ
 */
public record Comparison(List<Figure> totals, List<MissionLine> missions, List<ActivityLine> activities) {

    static final List<String> TOTALS = List.of("personnel", "women", "womenPercent", "missions", "contributingAgencies",
            "partnerAgencies", "newPartnerAgencies", "womenInLeadership");

    static Comparison of(AnnualReport published, AnnualReport current) {
        List<Figure> totals = new ArrayList<>();
        long[] was = totals(published.totals());
        long[] now = totals(current.totals());
        for (int i = 0; i < TOTALS.size(); i++) {
            totals.add(new Figure(TOTALS.get(i), was[i], now[i]));
        }

        Map<String, MissionFigures> publishedMissions = byCode(published.missions());
        Map<String, MissionFigures> currentMissions = byCode(current.missions());
        List<MissionLine> missions = new ArrayList<>();
        for (String code : new TreeSet<>(union(publishedMissions.keySet(), currentMissions.keySet()))) {
            MissionFigures before = publishedMissions.get(code);
            MissionFigures after = currentMissions.get(code);
            MissionFigures named = after != null ? after : before;
            missions.add(new MissionLine(code, named.name(), named.parent(), before == null ? null : before.parent(),
                    after == null ? null : after.parent(),
                    new Figure("personnel", before == null ? 0 : before.personnel(),
                            after == null ? 0 : after.personnel()),
                    new Figure("women", before == null ? 0 : before.women(), after == null ? 0 : after.women()),
                    agencies(before), agencies(after)));
        }

        Map<String, ActivityFigures> publishedActivities = byLine(published.activities());
        Map<String, ActivityFigures> currentActivities = byLine(current.activities());
        List<ActivityLine> activities = new ArrayList<>();
        for (String line : new TreeSet<>(union(publishedActivities.keySet(), currentActivities.keySet()))) {
            ActivityFigures before = publishedActivities.get(line);
            ActivityFigures after = currentActivities.get(line);
            ActivityFigures named = after != null ? after : before;
            ActivityLine activity = new ActivityLine(named.mission(), named.category(), named.type(),
                    new Figure("sessions", before == null ? 0 : before.sessions(),
                            after == null ? 0 : after.sessions()),
                    new Figure("participants", before == null ? 0 : before.participants(),
                            after == null ? 0 : after.participants()),
                    new Figure("participantsWomen", before == null ? 0 : before.participantsWomen(),
                            after == null ? 0 : after.participantsWomen()),
                    before == null, after == null);
            if (activity.differs()) {
                activities.add(activity);
            }
        }
        return new Comparison(totals, missions, activities);
    }

    /** Whether any published figure differs from the current one. */
    public boolean differs() {
        return this.totals.stream().anyMatch(Figure::differs) || this.missions.stream().anyMatch(MissionLine::differs)
                || !this.activities.isEmpty();
    }

    public List<MissionLine> changedMissions() {
        return this.missions.stream().filter(MissionLine::differs).toList();
    }

    private static long[] totals(Totals totals) {
        return new long[] { totals.personnel(), totals.women(), totals.womenPercent(), totals.missions(),
                totals.contributingAgencies(), totals.partnerAgencies(), totals.newPartnerAgencies(),
                totals.womenInLeadership() };
    }

    private static Map<String, MissionFigures> byCode(List<MissionFigures> missions) {
        Map<String, MissionFigures> map = new LinkedHashMap<>();
        missions.forEach((mission) -> map.put(mission.code(), mission));
        return map;
    }

    private static Map<String, ActivityFigures> byLine(List<ActivityFigures> activities) {
        Map<String, ActivityFigures> map = new LinkedHashMap<>();
        activities.forEach((a) -> map.put(a.mission() + "\u0000" + a.category() + "\u0000" + a.type(), a));
        return map;
    }

    private static <T> List<T> union(java.util.Collection<T> a, java.util.Collection<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * "RCMP 17, OPP 2": a mission's agencies as the figures list them; empty when it had
     * nobody.
     */
    private static String agencies(MissionFigures mission) {
        if (mission == null) {
            return "";
        }
        return mission.agencies()
            .stream()
            .map((agency) -> agency.code() + " " + agency.personnel())
            .collect(Collectors.joining(", "));
    }

    /** One figure, published and current. */
    public record Figure(String name, long published, long current) {

        public boolean differs() {
            return this.published != this.current;
        }

        /**
         * The change as text, "+2" or "−1" (a real minus sign), so that it is not told by
         * colour alone.
         */
        public String difference() {
            long delta = this.current - this.published;
            return delta > 0 ? "+" + delta : delta < 0 ? "\u2212" + (-delta) : "0";
        }

    }

    /**
     * A mission or component: its people and women, its parent and its agencies,
     * published and current.
     */
    public record MissionLine(String code, String name, String parent, String publishedParent, String currentParent,
            Figure personnel, Figure women, String publishedAgencies, String currentAgencies) {

        public boolean parentChanged() {
            return !Objects.equals(this.publishedParent, this.currentParent) && this.personnel.published() > 0
                    && this.personnel.current() > 0;
        }

        public boolean agenciesChanged() {
            return !this.publishedAgencies.equals(this.currentAgencies);
        }

        public boolean differs() {
            return this.personnel.differs() || this.women.differs() || agenciesChanged() || parentChanged();
        }

    }

    /**
     * An activity line whose sums differ; {@code added} or {@code removed} when it is in
     * one report only.
     */
    public record ActivityLine(String mission, String category, String type, Figure sessions, Figure participants,
            Figure participantsWomen, boolean added, boolean removed) {

        public boolean differs() {
            return this.added || this.removed || this.sessions.differs() || this.participants.differs()
                    || this.participantsWomen.differs();
        }

    }

}
