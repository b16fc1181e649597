package dev.meridian.app.goals;

import dev.meridian.app.accounts.AmountParser;
import dev.meridian.app.accounts.MoneyFormat;
import dev.meridian.app.shell.Screen;
import dev.meridian.app.work.BackgroundWork;
import dev.meridian.core.coach.goals.GoalProgress;
import dev.meridian.core.coach.goals.GoalTracker;
import dev.meridian.core.domain.GoalContribution;
import dev.meridian.core.money.Money;
import dev.meridian.core.repo.GoalRepository;
import java.time.Clock;
import java.time.LocalDate;
import javafx.scene.Parent;

/** Savings goals as cards: progress, projection at the recent pace, status, and manual contributions. */
public final class GoalsController implements Screen {

    private final GoalTracker tracker;
    private final GoalRepository goals;
    private final BackgroundWork work;
    private final Clock clock;
    private final GoalsModel model = new GoalsModel();
    private final GoalsView view;
    private boolean disposed;

    public GoalsController(GoalTracker tracker, GoalRepository goals, BackgroundWork work, Clock clock, MoneyFormat money) {
        this.tracker = tracker;
        this.goals = goals;
        this.work = work;
        this.clock = clock;
        this.view = new GoalsView(model, this, money);
    }

    @Override
    public Parent view() {
        return view.root();
    }

    public GoalsModel model() {
        return model;
    }

    @Override
    public void onActivate() {
        reload();
    }

    @Override
    public void dispose() {
        disposed = true;
        model.clear();
    }

    void reload() {
        if (disposed) return;
        model.loading.set(true);
        LocalDate today = LocalDate.now(clock);
        work.submit("Loading goals", p -> tracker.all(today), list -> {
            model.loading.set(false);
            model.goals.setAll(list);
        }, failure -> {
            model.loading.set(false);
            model.message.set("Could not load goals: " + failure.getMessage());
        });
    }

    void contribute(GoalProgress goal) {
        view.askContribution(goal).ifPresent(input -> addContribution(goal, input.amount(), input.date(), input.note()));
    }

    /** Records a manual contribution; a bad amount or a missing date is reported and nothing is saved. */
    public void addContribution(GoalProgress goal, String amountText, LocalDate date, String note) {
        String ccy = goal.goal().target().currency();
        if (date == null) {
            model.message.set("Contribution to " + goal.goal().name() + ": date required.");
            return;
        }
        switch (AmountParser.parse("Contribution to " + goal.goal().name(), amountText, ccy)) {
            case AmountParser.Invalid invalid -> model.message.set(invalid.message());
            case AmountParser.Parsed parsed -> work.submit("Saving contribution", p -> goals.addContribution(
                    new GoalContribution(0, goal.goal().id(), date, new Money(parsed.value(), ccy), note == null || note.isBlank() ? null : note.strip())),
                    saved -> {
                        model.message.set("Added to " + goal.goal().name() + ".");
                        reload();
                    }, failure -> model.message.set(failure.getMessage()));
        }
    }

    /** What the contribution dialog returns. */
    record ContributionInput(String amount, LocalDate date, String note) {}
}
