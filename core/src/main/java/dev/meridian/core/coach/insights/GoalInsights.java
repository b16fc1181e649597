package dev.meridian.core.coach.insights;

import dev.meridian.core.coach.goals.GoalProgress;
import dev.meridian.core.coach.goals.GoalStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** A goal behind schedule (at most once a month) and milestones reached (25, 50, 75, 100 %, once each). */
public final class GoalInsights {

    private static final int[] MILESTONES = {25, 50, 75, 100};

    private GoalInsights() {
    }

    public static List<Insight> of(List<GoalProgress> goals, LocalDate today) {
        List<Insight> out = new ArrayList<>();
        for (GoalProgress p : goals) {
            long id = p.goal().id();
            String name = p.goal().name();
            InsightLink link = InsightLink.goal(id);
            if (p.status() == GoalStatus.BEHIND) {
                out.add(new Insight(InsightKind.GOAL_BEHIND, "goal-behind:" + id + ":" + YearMonth.from(today),
                        name + " is behind schedule",
                        "At " + Amounts.of(p.monthlyPace()) + " a month it reaches " + Amounts.of(p.projectedAtTarget()) + " of "
                                + Amounts.of(p.goal().target()) + " by " + p.goal().targetDate() + ". "
                                + Amounts.of(p.requiredMonthly()) + " a month from now on gets there.", link));
            }
            int reached = 0;
            for (int m : MILESTONES) if (p.fraction() * 100 >= m) reached = m;
            if (reached > 0) {
                out.add(new Insight(InsightKind.GOAL_PROGRESS, "goal-progress:" + id + ":" + reached,
                        name + ": " + reached + " % reached",
                        "Saved " + Amounts.of(p.saved()) + " of " + Amounts.of(p.goal().target()) + ".", link));
            }
        }
        return out;
    }
}
