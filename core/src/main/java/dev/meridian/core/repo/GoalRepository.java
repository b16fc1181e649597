package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.GOAL;
import static dev.meridian.core.db.generated.Tables.GOAL_CONTRIBUTION;

import dev.meridian.core.db.generated.tables.records.GoalRecord;
import dev.meridian.core.domain.Goal;
import dev.meridian.core.domain.GoalContribution;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Savings goals and their manual contributions. */
public final class GoalRepository {

    private final DSLContext dsl;

    public GoalRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Goal insert(Goal goal) {
        long id = dsl.insertInto(GOAL).set(toRecord(goal)).returningResult(GOAL.ID).fetchSingle().value1();
        return goal.withId(id);
    }

    public void update(Goal goal) {
        int n = dsl.update(GOAL).set(toRecord(goal)).where(GOAL.ID.eq(goal.id())).execute();
        Columns.requireOneRow(n, "goal", goal.id());
    }

    /** Deletes the goal with its contributions. */
    public void delete(long id) {
        dsl.deleteFrom(GOAL).where(GOAL.ID.eq(id)).execute();
    }

    public Optional<Goal> find(long id) {
        return dsl.selectFrom(GOAL).where(GOAL.ID.eq(id)).fetchOptional().map(GoalRepository::toDomain);
    }

    public List<Goal> all() {
        return dsl.selectFrom(GOAL).orderBy(GOAL.NAME, GOAL.ID).fetch(GoalRepository::toDomain);
    }

    public GoalContribution addContribution(GoalContribution c) {
        long id = dsl.insertInto(GOAL_CONTRIBUTION)
                .set(GOAL_CONTRIBUTION.GOAL_ID, c.goalId())
                .set(GOAL_CONTRIBUTION.CONTRIBUTION_DATE, c.date())
                .set(GOAL_CONTRIBUTION.AMOUNT, Columns.amount(c.amount(), "Goal contribution"))
                .set(GOAL_CONTRIBUTION.CURRENCY, c.amount().currency())
                .set(GOAL_CONTRIBUTION.NOTE, c.note())
                .returningResult(GOAL_CONTRIBUTION.ID).fetchSingle().value1();
        return new GoalContribution(id, c.goalId(), c.date(), c.amount(), c.note());
    }

    public void deleteContribution(long contributionId) {
        dsl.deleteFrom(GOAL_CONTRIBUTION).where(GOAL_CONTRIBUTION.ID.eq(contributionId)).execute();
    }

    /** Oldest first. */
    public List<GoalContribution> contributions(long goalId) {
        return dsl.selectFrom(GOAL_CONTRIBUTION).where(GOAL_CONTRIBUTION.GOAL_ID.eq(goalId))
                .orderBy(GOAL_CONTRIBUTION.CONTRIBUTION_DATE, GOAL_CONTRIBUTION.ID)
                .fetch(r -> new GoalContribution(r.getId(), r.getGoalId(), r.getContributionDate(),
                        Columns.money(r.getAmount(), r.getCurrency()), r.getNote()));
    }

    private static GoalRecord toRecord(Goal g) {
        return new GoalRecord()
                .setName(g.name())
                .setTargetAmount(Columns.amount(g.target(), "Target of goal " + g.name()))
                .setCurrency(g.target().currency())
                .setTargetDate(g.targetDate())
                .setLinkedAccountId(g.linkedAccountId())
                .setStartDate(g.startDate());
    }

    private static Goal toDomain(GoalRecord r) {
        return new Goal(r.getId(), r.getName(), Columns.money(r.getTargetAmount(), r.getCurrency()), r.getTargetDate(),
                r.getLinkedAccountId(), r.getStartDate());
    }
}
