package dev.meridian.app.imports;

import dev.meridian.app.shell.Screen;
import dev.meridian.app.shell.ScreenAction;
import dev.meridian.app.undo.UndoStack;
import dev.meridian.app.undo.UndoableEdit;
import dev.meridian.app.work.BackgroundWork;
import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.ImportBatch;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.imports.DatePatterns;
import dev.meridian.core.imports.DetectedFormat;
import dev.meridian.core.imports.ImportPreview;
import dev.meridian.core.imports.ImportResult;
import dev.meridian.core.imports.ImportUndo;
import dev.meridian.core.imports.ImportWriter;
import dev.meridian.core.imports.bank.CsvBankMapping;
import dev.meridian.core.imports.bank.CsvMappingGuess;
import dev.meridian.core.imports.trades.TradeImportPlanner;
import dev.meridian.core.repo.AccountRepository;
import dev.meridian.core.repo.ImportBatchRepository;
import dev.meridian.core.repo.InstrumentRepository;
import dev.meridian.core.repo.TransactionRepository;
import dev.meridian.core.work.CancelledException;
import dev.meridian.core.work.Progress;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;
import javafx.scene.Parent;
import javafx.stage.FileChooser;

/**
 * The Import wizard: pick a file and an account → the format is recognised → for a bank CSV, map the
 * columns → review the preview (errors and duplicates) → import in the background with progress and
 * Cancel → result with "Undo import". Also lists earlier imports, each undoable as a whole.
 */
public final class ImportsController implements Screen {

    private final AccountRepository accounts;
    private final TransactionRepository transactions;
    private final InstrumentRepository instruments;
    private final ImportBatchRepository batches;
    private final ImportWriter writer;
    private final ImportUndo undoer;
    private final BackgroundWork work;
    private final UndoStack undo;
    private final ImportsModel model = new ImportsModel();
    private final ImportsView view;
    private ImportDraft draft;
    private ImportPreview current;
    private ImportBatch lastBatch;
    private Task<?> pendingPreview;
    private AtomicBoolean cancelRequested;
    private boolean applying;
    private boolean disposed;

    public ImportsController(AccountRepository accounts, TransactionRepository transactions, InstrumentRepository instruments,
                             ImportBatchRepository batches, ImportWriter writer, ImportUndo undoer, BackgroundWork work, UndoStack undo) {
        this.accounts = accounts;
        this.transactions = transactions;
        this.instruments = instruments;
        this.batches = batches;
        this.writer = writer;
        this.undoer = undoer;
        this.work = work;
        this.undo = undo;
        this.view = new ImportsView(model, this);
    }

    @Override
    public Parent view() {
        return view.root();
    }

    public ImportsModel model() {
        return model;
    }

    @Override
    public void onActivate() {
        disposed = false;
        reload();
        if (model.step.get() == ImportsModel.Step.CHOOSE) view.focusPath();
    }

    @Override
    public List<ScreenAction> actions() {
        return List.of(new ScreenAction("Import a file (CSV, OFX, QIF, broker export)…", null, this::restart));
    }

    @Override
    public void dispose() {
        disposed = true;
        if (pendingPreview != null) pendingPreview.cancel();
        if (cancelRequested != null) cancelRequested.set(true);
        draft = null;
        current = null;
        model.clear();
    }

    void reload() {
        record Loaded(List<Account> accounts, List<ImportBatch> history) { }
        work.submit("Loading accounts and imports", p -> new Loaded(
                accounts.all().stream().filter(a -> !a.archived()).toList(), batches.all()), loaded -> {
            if (disposed) return;
            Account keep = model.account.get();
            model.accounts.setAll(loaded.accounts());
            model.account.set(loaded.accounts().stream().filter(a -> keep != null && a.id() == keep.id()).findFirst()
                    .orElse(loaded.accounts().isEmpty() ? null : loaded.accounts().getFirst()));
            model.history.setAll(loaded.history());
        });
    }

    void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a file to import");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Bank and broker files", "*.csv", "*.txt", "*.ofx", "*.qfx", "*.qif"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(view.window());
        if (file != null) model.path.set(file.getAbsolutePath());
    }

    /** Step 1 → 2: reads and recognises the file. */
    void next() {
        model.chooseError.set("");
        String path = model.path.get() == null ? "" : model.path.get().strip();
        if (path.isEmpty()) {
            model.chooseError.set("Choose a file first.");
            return;
        }
        if (model.account.get() == null) {
            model.chooseError.set("Choose the account to import into (add one on the Accounts screen first).");
            return;
        }
        Charset charset = charset(model.encoding.get());
        work.submit("Reading " + Path.of(path).getFileName(), p -> ImportDraft.load(Path.of(path), charset), loaded -> {
            if (disposed) return;
            apply(loaded);
            model.step.set(ImportsModel.Step.REVIEW);
            refreshPreview();
        }, failure -> model.chooseError.set(failure.getMessage()));
    }

    void back() {
        model.step.set(ImportsModel.Step.CHOOSE);
    }

    void restart() {
        model.result.set("");
        model.canUndoResult.set(false);
        model.preview.clear();
        model.summary.set("");
        model.step.set(ImportsModel.Step.CHOOSE);
    }

    /** The encoding combo changed: decode the same bytes again. */
    void encodingChanged() {
        if (applying || draft == null) return;
        ImportDraft redecoded = draft.withCharset(charset(model.encoding.get()));
        apply(redecoded);
        refreshPreview();
    }

    /** Any mapping control changed. */
    void mappingChanged() {
        if (applying || draft == null) return;
        refreshPreview();
    }

    /** The delimiter changed: the columns themselves change, so the mapping is guessed again on that basis. */
    void delimiterChanged() {
        if (applying || draft == null || draft.guess() == null) return;
        applying = true;
        try {
            applyGuess(CsvMappingGuess.of(draft.text().text(), model.delimiter.get()));
        } finally {
            applying = false;
        }
        refreshPreview();
    }

    private void apply(ImportDraft loaded) {
        applying = true;
        try {
            draft = loaded;
            DetectedFormat format = loaded.format();
            model.formatLabel.set(format.label());
            model.encodingUsed.set("Read as " + loaded.text().charset().displayName() + (loaded.text().detected() ? " (detected)" : ""));
            model.csvMapping.set(format.kind() == DetectedFormat.Kind.BANK_CSV);
            model.datePatternChoice.set(format.kind() == DetectedFormat.Kind.BANK_CSV || format.kind() == DetectedFormat.Kind.QIF);
            DatePatterns.Detection dates = format.kind() == DetectedFormat.Kind.QIF ? loaded.qifDates()
                    : loaded.guess() == null ? null : loaded.guess().dates();
            model.datePatterns.setAll(dates == null || !dates.found() ? DatePatterns.KNOWN : dates.candidates());
            model.dateWarning.set(dates != null && dates.ambiguous()
                    ? "Both day-first and month-first dates fit this file: choose the date format." : "");
            model.datePattern.set(dates != null && dates.found() ? dates.best() : DatePatterns.KNOWN.getFirst());
            CsvMappingGuess guess = loaded.guess();
            if (guess != null) applyGuess(guess);
        } finally {
            applying = false;
        }
    }

    private void applyGuess(CsvMappingGuess guess) {
        int width = guess.header().size();
        for (var r : guess.sample()) width = Math.max(width, r.size());
        model.columns.setAll(ColumnChoice.of(guess.header(), width));
        model.delimiter.set(guess.delimiter());
        CsvBankMapping m = guess.mapping();
        model.header.set(m == null || m.header());
        model.dateColumn.set(choice(m == null ? null : m.date()));
        model.amountColumn.set(choice(m == null ? null : m.amount()));
        model.debitColumn.set(choice(m == null ? null : m.debit()));
        model.creditColumn.set(choice(m == null ? null : m.credit()));
        model.payeeColumn.set(choice(m == null ? null : m.payee()));
        model.memoColumn.set(choice(m == null ? null : m.memo()));
        model.referenceColumn.set(choice(m == null ? null : m.reference()));
        if (m != null) model.numberStyle.set(m.numberStyle());
    }

    private ColumnChoice choice(dev.meridian.core.imports.csv.ColumnRef ref) {
        if (ref == null) return ColumnChoice.NONE;
        return model.columns.stream().filter(c -> c.index() == ref.index()).findFirst().orElse(ColumnChoice.NONE);
    }

    /** The mapping as the controls show it, or null with a message when it is incomplete. */
    CsvBankMapping mapping() {
        if (model.dateColumn.get().index() < 0) return null;
        if (model.amountColumn.get().index() < 0 && model.debitColumn.get().index() < 0 && model.creditColumn.get().index() < 0) return null;
        return new CsvBankMapping(model.delimiter.get(), model.header.get(), model.dateColumn.get().ref(), model.datePattern.get(),
                model.amountColumn.get().ref(), model.debitColumn.get().ref(), model.creditColumn.get().ref(),
                model.payeeColumn.get().ref(), model.memoColumn.get().ref(), model.referenceColumn.get().ref(), model.numberStyle.get());
    }

    private void refreshPreview() {
        if (draft == null || model.account.get() == null) return;
        ImportDraft d = draft;
        Account account = model.account.get();
        boolean csv = d.format().kind() == DetectedFormat.Kind.BANK_CSV;
        CsvBankMapping mapping = csv ? mapping() : null;
        if (csv && mapping == null) {
            showPreview(null, "Map the date column and an amount (or debit/credit) column.");
            return;
        }
        String pattern = model.datePattern.get();
        if (pendingPreview != null) pendingPreview.cancel();
        model.previewing.set(true);
        TradeImportPlanner.InstrumentLookup lookup = new TradeImportPlanner.InstrumentLookup() {
            @Override public Optional<Instrument> byIsin(String isin) { return instruments.findByIsin(isin); }
            @Override public Optional<Instrument> bySymbol(String symbol) { return instruments.findBySymbol(symbol); }
        };
        pendingPreview = work.submit("Preparing import preview", p -> d.preview(account, mapping, pattern,
                transactions.providerIds(account.id()), lookup), preview -> {
                    model.previewing.set(false);
                    if (!disposed) showPreview(preview, null);
                }, failure -> {
                    model.previewing.set(false);
                    showPreview(null, failure.getMessage());
                });
    }

    private void showPreview(ImportPreview preview, String problem) {
        current = preview;
        if (preview == null) {
            model.preview.clear();
            model.summary.set(problem);
            model.canImport.set(false);
            return;
        }
        model.preview.setAll(PreviewRow.of(preview));
        model.summary.set(preview.summary());
        model.canImport.set(!preview.hasErrors() && preview.newCount() > 0);
    }

    /** Step 2 → 3: writes the previewed rows as one batch in the background. */
    void runImport() {
        ImportPreview preview = current;
        if (preview == null || preview.hasErrors() || preview.newCount() == 0) return;
        AtomicBoolean cancel = new AtomicBoolean();
        cancelRequested = cancel;
        model.step.set(ImportsModel.Step.RUNNING);
        model.progress.set(-1);
        model.progressText.set("Writing " + preview.newCount() + " rows…");
        Task<Optional<ImportResult>> task = work.submit("Importing " + preview.fileName(), p -> {
            Progress cancellable = new Progress() {
                @Override public void update(long done, long total, String message) { p.update(done, total, message); }
                @Override public boolean isCancelled() { return cancel.get() || p.isCancelled(); }
            };
            try {
                return Optional.of(writer.write(preview, cancellable));
            } catch (CancelledException e) {
                return Optional.<ImportResult>empty();
            }
        }, outcome -> {
            if (disposed) return;
            if (outcome.isEmpty()) {
                model.step.set(ImportsModel.Step.REVIEW);
                model.summary.set("Import cancelled: nothing was written.");
                return;
            }
            finished(outcome.get());
        }, failure -> {
            model.step.set(ImportsModel.Step.REVIEW);
            model.summary.set("Import failed, nothing was written: " + failure.getMessage());
        });
        task.progressProperty().addListener((obs, old, now) -> model.progress.set(now.doubleValue()));
        task.messageProperty().addListener((obs, old, now) -> model.progressText.set(now));
    }

    void cancelImport() {
        if (cancelRequested != null) cancelRequested.set(true);
        model.progressText.set("Cancelling…");
    }

    private void finished(ImportResult result) {
        lastBatch = result.batch();
        String created = result.instrumentsCreated() == 0 ? "" : ", " + result.instrumentsCreated() + " new instruments";
        model.result.set("Imported " + result.written() + " rows from " + result.batch().fileName() + " (" + result.skipped()
                + " duplicates skipped" + created + ").");
        model.canUndoResult.set(true);
        model.step.set(ImportsModel.Step.DONE);
        ImportBatch batch = result.batch();
        undo.push(new UndoableEdit() {
            @Override public String description() { return "Undo import of " + batch.fileName(); }
            @Override public void undo() { undoQuietly(batch.id()); }
            @Override public void afterUndo() { afterBatchUndone(batch, -1); }
        });
        reload();
    }

    /** "Undo import" on the result page. */
    void undoLast() {
        if (lastBatch != null) undoBatch(lastBatch);
    }

    /** Undo of any import in the history list. */
    void undoBatch(ImportBatch batch) {
        if (batch == null) return;
        work.submit("Undoing import of " + batch.fileName(), p -> undoQuietly(batch.id()), removed -> afterBatchUndone(batch, removed));
    }

    /** Undo from the history list and from Ctrl+Z may meet: the second finds nothing left to do. */
    private int undoQuietly(long batchId) {
        if (batches.find(batchId).isEmpty()) return 0;
        return undoer.undo(batchId);
    }

    private void afterBatchUndone(ImportBatch batch, int removed) {
        if (disposed) return;
        if (lastBatch != null && lastBatch.id() == batch.id()) {
            model.canUndoResult.set(false);
            model.result.set("Import of " + batch.fileName() + " undone" + (removed >= 0 ? ": " + removed + " rows removed." : "."));
        }
        reload();
    }

    static Charset charset(String name) {
        return name == null || name.equals(ImportsModel.DETECT_ENCODING) ? null : Charset.forName(name);
    }
}
