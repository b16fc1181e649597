package dev.meridian.app.subscriptions;

import dev.meridian.app.accounts.AmountParser;
import dev.meridian.app.accounts.MoneyFormat;
import dev.meridian.app.shell.Screen;
import dev.meridian.app.shell.ScreenAction;
import dev.meridian.app.work.BackgroundWork;
import dev.meridian.core.coach.recurring.RecurringCatalog;
import dev.meridian.core.coach.recurring.TrackedSeries;
import dev.meridian.core.domain.Cadence;
import dev.meridian.core.domain.RecurringSeries;
import dev.meridian.core.domain.RecurringStatus;
import dev.meridian.core.money.Money;
import dev.meridian.core.repo.TransactionRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.concurrent.Task;
import javafx.scene.Parent;

/** Detected recurring payments and subscriptions; the user confirms, ignores or corrects them. */
public final class SubscriptionsController implements Screen {

    private final RecurringCatalog catalog;
    private final TransactionRepository transactions;
    private final BackgroundWork work;
    private final Clock clock;
    private final MoneyFormat money;
    private final SubscriptionsModel model = new SubscriptionsModel();
    private final SubscriptionsView view;
    private Task<?> pendingLoad;
    private boolean disposed;

    public SubscriptionsController(RecurringCatalog catalog, TransactionRepository transactions, BackgroundWork work, Clock clock,
                                   MoneyFormat money) {
        this.catalog = catalog;
        this.transactions = transactions;
        this.work = work;
        this.clock = clock;
        this.money = money;
        this.view = new SubscriptionsView(model, this, money);
    }

    @Override
    public Parent view() {
        return view.root();
    }

    public SubscriptionsModel model() {
        return model;
    }

    @Override
    public void onActivate() {
        reload();
    }

    @Override
    public List<ScreenAction> actions() {
        return List.of(new ScreenAction("Subscriptions: detect again", null, this::reload));
    }

    @Override
    public void dispose() {
        disposed = true;
        if (pendingLoad != null) pendingLoad.cancel();
        model.clear();
    }

    /** Runs detection over the ledger, merges it with the stored series and shows the result. */
    public void reload() {
        if (disposed) return;
        if (pendingLoad != null) pendingLoad.cancel();
        model.loading.set(true);
        LocalDate today = LocalDate.now(clock);
        pendingLoad = work.submit("Detecting subscriptions", p -> catalog.refresh(transactions.all(), today), tracked -> {
            model.loading.set(false);
            model.rows.setAll(tracked.stream().map(SubscriptionRow::new).toList());
            model.summary.set(summary(tracked));
        }, failure -> {
            model.loading.set(false);
            model.message.set("Could not detect subscriptions: " + failure.getMessage());
        });
    }

    private String summary(List<TrackedSeries> tracked) {
        List<RecurringSeries> charges = tracked.stream().map(TrackedSeries::series)
                .filter(s -> s.subscription() && s.status() != RecurringStatus.IGNORED && s.cadence() == Cadence.MONTHLY).toList();
        if (charges.isEmpty()) return tracked.size() + " recurring series";
        Money monthly = charges.stream().map(s -> s.expectedAmount().abs()).reduce(Money::plus).orElseThrow();
        return tracked.size() + " recurring series · monthly subscriptions " + money.format(monthly);
    }

    public void confirm(SubscriptionRow row) {
        setStatus(row, RecurringStatus.CONFIRMED);
    }

    public void ignore(SubscriptionRow row) {
        setStatus(row, RecurringStatus.IGNORED);
    }

    private void setStatus(SubscriptionRow row, RecurringStatus status) {
        if (row == null || disposed) return;
        work.submit("Saving " + row.tracked().series().payee(), p -> {
            catalog.setStatus(row.id(), status);
            return status;
        }, saved -> {
            model.message.set(row.tracked().series().payee() + ": " + saved.name().toLowerCase());
            reload();
        }, failure -> model.message.set(failure.getMessage()));
    }

    void edit(SubscriptionRow row) {
        if (row == null) return;
        view.askEdit(row.tracked().series()).ifPresent(input -> save(row, input));
    }

    /** The user's correction; a bad amount is reported and nothing is saved. */
    public void save(SubscriptionRow row, SeriesEdit input) {
        RecurringSeries s = row.tracked().series();
        String ccy = s.expectedAmount().currency();
        switch (AmountParser.parse("Amount of " + s.payee(), input.amount(), ccy)) {
            case AmountParser.Invalid invalid -> model.message.set(invalid.message());
            case AmountParser.Parsed parsed -> work.submit("Saving " + s.payee(),
                    p -> catalog.edit(s.id(), input.cadence(), new Money(parsed.value(), ccy), input.nextDate()), saved -> {
                        model.message.set(s.payee() + ": saved and confirmed");
                        reload();
                    }, failure -> model.message.set(failure.getMessage()));
        }
    }

    /** What the edit dialog returns. */
    public record SeriesEdit(Cadence cadence, String amount, LocalDate nextDate) {}
}
