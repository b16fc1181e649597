package dev.meridian.app.ui;

import static dev.meridian.app.ui.AppFixture.fx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.app.connections.ConnectionRow;
import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.Connection;
import dev.meridian.core.domain.ConnectionKind;
import dev.meridian.core.domain.ConnectionSecrets;
import dev.meridian.core.domain.ConnectionStatus;
import dev.meridian.core.repo.AccountRepository;
import dev.meridian.core.repo.ConnectionRepository;
import dev.meridian.core.repo.TransactionRepository;
import dev.meridian.core.vault.Vault;
import dev.meridian.sync.plaid.PlaidSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ConnectionsScreenTest {

    static final String AV_KEY = "QX7T2M9KLP4ZR8WB";
    static final String ACCESS_TOKEN = "access-sandbox-7f1e2d3c-0000-4a4a-9b9b-123456789abc";
    static final String CHECKING = "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp";

    private final MockWebServer plaid = new MockWebServer();
    private AppFixture app;

    @Start
    void start(Stage stage) throws Exception {
        plaid.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String body = switch (request.getUrl().encodedPath()) {
                    case "/accounts/get" -> ACCOUNTS;
                    case "/transactions/sync" -> PAGE;
                    default -> null;
                };
                if (body == null) return new MockResponse.Builder().code(404).body("{}").build();
                return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
            }
        });
        plaid.start();
        app = new AppFixture().withVault(this::seed);
        app.start(stage);
    }

    private void seed(Vault vault) {
        ConnectionSecrets secrets = ConnectionSecrets.empty().with(PlaidSettings.CLIENT_ID, "5f3c1e2d9a7b4c0012345678")
                .with(PlaidSettings.SECRET, "0123456789abcdef0123456789abcd").with(PlaidSettings.ENVIRONMENT, "sandbox")
                .with(PlaidSettings.BASE_URL, plaid.url("/").toString())
                .with(PlaidSettings.ACCESS_TOKEN, ACCESS_TOKEN).with(PlaidSettings.ITEM_ID, "M5eVJqLnv3tbzdngLDp9FL5OlDNxlNhlE55op");
        new ConnectionRepository(vault.dsl(), vault.secrets()).insert(new Connection(0, ConnectionKind.BANK, PlaidSettings.PROVIDER,
                "Platypus Sandbox", ConnectionStatus.OK, null, null, null, 0), secrets.toBytes());
    }

    @BeforeEach
    void unlock(FxRobot robot) throws Exception {
        UnlockScreenTest.waitFor(robot, "#unlock-password");
        AppFixture.unlockAndOpen(robot, "connections", "#connections-screen");
        AppFixture.waitFor(() -> connectionRows(robot).size() == 1);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
        plaid.close();
    }

    @Test
    void anAlphaVantageKeyIsStoredSealedAndShownMasked(FxRobot robot) throws Exception {
        robot.clickOn("#conn-add").clickOn("#conn-add-alphavantage");
        UnlockScreenTest.waitFor(robot, "#conn-field-api-key");
        robot.clickOn("#conn-save");
        // Required and missing: the dialog stays with the field's message.
        UnlockScreenTest.waitFor(robot, "#conn-error-api-key");
        robot.clickOn("#conn-field-api-key").write(AV_KEY).clickOn("#conn-save");
        AppFixture.waitFor(() -> connectionRows(robot).size() == 2);

        assertThat(fx(() -> texts(robot.lookup("#connections-screen").query()))).noneMatch(t -> t.contains(AV_KEY))
                .anyMatch(t -> t.equals(ConnectionRow.MASK + " sealed"));
        ConnectionRow added = fx(() -> connectionRows(robot).stream().filter(r -> r.connection().provider().equals("alphavantage"))
                .findFirst().orElseThrow());
        assertThat(added.credentialsStored()).isTrue();

        closeVault();
        assertThat(filesContain(app.root, AV_KEY)).isFalse();
        Vault vault = app.folder.unlock(AppFixture.PASSWORD.toCharArray());
        try {
            ConnectionRepository repo = new ConnectionRepository(vault.dsl(), vault.secrets());
            Connection stored = repo.all().stream().filter(c -> c.provider().equals("alphavantage")).findFirst().orElseThrow();
            assertThat(ConnectionSecrets.fromBytes(repo.credentials(stored.id())).get("api_key")).contains(AV_KEY);
        } finally {
            vault.close();
        }
    }

    @Test
    void syncNowImportsTheBanksAccountsAndTransactions(FxRobot robot) throws Exception {
        robot.clickOn("Platypus Sandbox").clickOn("#conn-sync");
        AppFixture.waitFor(() -> robot.lookup("#conn-message").queryLabeled().getText().startsWith("Platypus Sandbox: 2 new"));

        closeVault();
        Vault vault = app.folder.unlock(AppFixture.PASSWORD.toCharArray());
        try {
            List<Account> accounts = new AccountRepository(vault.dsl()).all();
            assertThat(accounts).extracting(Account::providerId).containsExactly(CHECKING);
            assertThat(new TransactionRepository(vault.dsl()).all()).extracting(t -> t.amount().amount().toPlainString())
                    .containsExactlyInAnyOrder("-72.1", "2500");
            assertThat(new ConnectionRepository(vault.dsl(), vault.secrets()).all().getFirst().syncCursor()).isEqualTo("cursor-1");
        } finally {
            vault.close();
        }
    }

    /** Closes the window's vault (as on exit) so the test can open the file itself. */
    private void closeVault() throws Exception {
        org.testfx.util.WaitForAsyncUtils.asyncFx(app.window::shutdown).get(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    private static List<ConnectionRow> connectionRows(FxRobot robot) {
        TreeTableView<Object> table = robot.lookup("#conn-table").queryAs(TreeTableView.class);
        return table.getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream())
                .map(i -> (ConnectionRow) readRow(i.getValue())).toList();
    }

    private static Object readRow(Object line) {
        try {
            var accessor = line.getClass().getDeclaredMethod("row");
            accessor.setAccessible(true);
            return accessor.invoke(line);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts(Node root) {
        List<String> found = new java.util.ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<String> found) {
        if (node instanceof Labeled l && l.getText() != null) found.add(l.getText());
        if (node instanceof TextInputControl t && t.getText() != null) found.add(t.getText());
        if (node instanceof javafx.scene.Parent p) p.getChildrenUnmodifiable().forEach(c -> collect(c, found));
    }

    private static boolean filesContain(Path root, String text) throws Exception {
        if (!Files.exists(root)) return false;
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(p);
                outer:
                for (int i = 0; i + needle.length <= bytes.length; i++) {
                    for (int j = 0; j < needle.length; j++) if (bytes[i + j] != needle[j]) continue outer;
                    return true;
                }
            }
        }
        return false;
    }

    static final String ACCOUNTS = """
            {"accounts":[{"account_id":"BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp","balances":{"available":100.0,"current":110.0,
            "iso_currency_code":"USD","limit":null,"unofficial_currency_code":null},"mask":"0000","name":"Plaid Checking",
            "official_name":"Plaid Gold Standard 0% Interest Checking","subtype":"checking","type":"depository"}],
            "item":{"institution_id":"ins_109508","institution_name":"First Platypus Bank","item_id":"M5eVJqLnv3tbzdngLDp9FL5OlDNxlNhlE55op"},
            "request_id":"bkVE1BHWMAZ9Rnr"}""";

    static final String PAGE = """
            {"added":[{"account_id":"BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp","amount":72.1,"iso_currency_code":"USD",
            "date":"2026-11-02","name":"PURCHASE WM SUPERCENTER #1700","merchant_name":"Walmart","pending":false,
            "pending_transaction_id":null,"transaction_id":"lPNjeW1nR6CDn5okmGQ6hEpMo4lLNoSrzqDje"},
            {"account_id":"BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp","amount":-2500.0,"iso_currency_code":"USD","date":"2026-11-03",
            "name":"ACME CORP PAYROLL","merchant_name":null,"pending":false,"pending_transaction_id":null,
            "transaction_id":"x4ZbBq9mEJiMzK7aPXgPFzRnW1ozPacDmvb5X"}],
            "modified":[],"removed":[],"next_cursor":"cursor-1","has_more":false,"request_id":"45QSn"}""";
}
