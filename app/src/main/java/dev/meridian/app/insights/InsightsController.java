package dev.meridian.app.insights;

import dev.meridian.app.accounts.MoneyFormat;
import dev.meridian.app.shell.Screen;
import dev.meridian.app.shell.ScreenAction;
import dev.meridian.app.work.BackgroundWork;
import dev.meridian.core.coach.MoneyCoach;
import dev.meridian.core.coach.insights.Insight;
import dev.meridian.core.coach.insights.InsightLink;
import java.util.List;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.Parent;

/** The coach's feed (each insight with its explanation and a link to the data) and the cash-flow forecast. */
public final class InsightsController implements Screen {

    private final MoneyCoach coach;
    private final BackgroundWork work;
    private final Consumer<InsightLink> navigator;
    private final InsightsModel model = new InsightsModel();
    private final InsightsView view;
    private Task<?> pending;
    private boolean disposed;

    /** @param navigator shows the data behind a link (the Accounts screen filtered, a goal, subscriptions) */
    public InsightsController(MoneyCoach coach, BackgroundWork work, Consumer<InsightLink> navigator, MoneyFormat money) {
        this.coach = coach;
        this.work = work;
        this.navigator = navigator;
        this.view = new InsightsView(model, this, money);
    }

    @Override
    public Parent view() {
        return view.root();
    }

    public InsightsModel model() {
        return model;
    }

    @Override
    public void onActivate() {
        review();
    }

    @Override
    public List<ScreenAction> actions() {
        return List.of(new ScreenAction("Insights: review again", null, this::review));
    }

    @Override
    public void dispose() {
        disposed = true;
        if (pending != null) pending.cancel();
        model.clear();
    }

    /** Runs the coach: insights (new ones become notifications) and the forecast. */
    public void review() {
        if (disposed) return;
        if (pending != null) pending.cancel();
        model.loading.set(true);
        pending = work.submit("Reviewing your money", coach::review, review -> {
            model.loading.set(false);
            model.insights.setAll(review.insights());
            model.forecast.set(review.forecast());
            model.message.set(review.published() == 0 ? "" : review.published() + " new insight" + (review.published() == 1 ? "" : "s")
                    + " sent to notifications.");
        }, failure -> {
            model.loading.set(false);
            model.message.set("Could not review: " + failure.getMessage());
        });
    }

    void show(Insight insight) {
        navigator.accept(insight.link());
    }

    void showDays(int days) {
        model.forecastDays.set(days);
    }
}
