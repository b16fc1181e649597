package dev.meridian.core.demo;

import static dev.meridian.core.demo.DemoCategories.*;

import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Two years of personal finance up to the anchor date: salary with a raise, rent, utilities, weekly
 * groceries, dining, transport, shopping, healthcare, a few trips, subscriptions on the credit card
 * (two music services at once, a video service that raises its price), monthly card payments and
 * savings transfers from checking, interest on savings, and transfers into the brokerage account.
 */
public final class BankScenario {

    public static final String CURRENCY = "USD";
    public static final BigDecimal CHECKING_OPENING = new BigDecimal("5200.00");
    public static final BigDecimal SAVINGS_OPENING = new BigDecimal("9000.00");
    public static final String CHECKING_NAME = "Everyday Checking";
    static final String EMPLOYER = "Acme Analytics Inc.";
    static final String CARD_ISSUER = "Summit Card Services";
    static final String BANK = "Harbor Bank";
    static final BigDecimal SAVINGS_TRANSFER = new BigDecimal("600.00");

    public record Accounts(long checking, long savings, long card) {}

    /** Money the investor moves from checking to a brokerage account on {@code date}. */
    public record InvestmentTransfer(LocalDate date, BigDecimal amount, long toAccountId, String toName) {}

    static final List<Subscription> SUBSCRIPTIONS = List.of(
            Subscription.monthly("Spotify", "SPOTIFY USA 877-778-1161", MUSIC, 3, "11.99"),
            Subscription.monthly("Apple Music", "APPLE.COM/BILL APPLE MUSIC", MUSIC, 17, "10.99"),
            new Subscription("Netflix", "NETFLIX.COM LOS GATOS CA", VIDEO, 9, new BigDecimal("15.49"), new BigDecimal("17.99"), 11, false),
            Subscription.monthly("FitLife Gym", "FITLIFE GYM MEMBERSHIP", FITNESS, 1, "39.99"),
            Subscription.monthly("iCloud+", "APPLE.COM/BILL ICLOUD 200GB", CLOUD, 21, "2.99"),
            Subscription.monthly("Verizon", "VERIZON WIRELESS PAYMENT", PHONE_INTERNET, 14, "70.00"),
            new Subscription("Amazon Prime", "AMAZON PRIME MEMBERSHIP", SHOPPING, 6, new BigDecimal("139.00"), null, 0, true));

    private record Spend(String payee, String category, double perDay, double min, double max) {}

    private static final List<Spend> EVERYDAY = List.of(
            new Spend("Blue Bottle Coffee", DINING, 0.20, 4.5, 9),
            new Spend("Chipotle", DINING, 0.06, 11, 19),
            new Spend("Luigi's Trattoria", DINING, 0.05, 48, 115),
            new Spend("Sushi Zen", DINING, 0.045, 38, 96),
            new Spend("Uber Eats", DINING, 0.06, 22, 48),
            new Spend("Shell", TRANSPORT, 0.11, 36, 66),
            new Spend("Uber", TRANSPORT, 0.05, 12, 38),
            new Spend("Amazon", SHOPPING, 0.09, 12, 180),
            new Spend("Target", SHOPPING, 0.035, 25, 140),
            new Spend("CVS Pharmacy", HEALTHCARE, 0.03, 8, 45));

    private final Accounts accounts;
    private final Map<String, Long> categories;
    private final List<Transaction> out = new ArrayList<>();
    private BigDecimal checking = CHECKING_OPENING;
    private BigDecimal savings = SAVINGS_OPENING;
    private BigDecimal card = BigDecimal.ZERO;
    private BigDecimal statement = BigDecimal.ZERO;

    public BankScenario(Accounts accounts, Map<String, Long> categories) {
        this.accounts = accounts;
        this.categories = categories;
        for (var c : DemoCategories.categories()) {
            if (!categories.containsKey(c.name())) throw new IllegalArgumentException("Bank scenario needs category " + c.name());
        }
    }

    /** First day the scenario books: two years before {@code today}. */
    public static LocalDate start(LocalDate today) {
        return today.minusYears(2).plusDays(1);
    }

    public List<Transaction> generate(LocalDate today, RandomGenerator rng, List<InvestmentTransfer> investing) {
        LocalDate start = start(today);
        List<Trip> trips = Trip.plan(today);
        for (LocalDate d = start; !d.isAfter(today); d = d.plusDays(1)) {
            long month = ChronoUnit.MONTHS.between(start.withDayOfMonth(1), d.withDayOfMonth(1));
            monthlyBills(d, month, rng);
            for (InvestmentTransfer t : investing) {
                if (t.date().equals(d)) transfer(d, accounts.checking(), t.toAccountId(), t.amount(), t.toName(), INVESTMENTS, false);
            }
            for (Subscription s : SUBSCRIPTIONS) {
                if (s.chargesOn(start, d)) cardSpend(d, s.payee(), s.description(), s.category(), s.priceOn(start, d));
            }
            groceries(d, rng);
            LocalDate day = d;
            everyday(d, rng, trips.stream().anyMatch(t -> t.covers(day)) ? 2.0 : 1.0);
            for (Trip trip : trips) trip.bookings(d, rng, this);
            occasional(d, start, rng);
            cardCycle(d);
            if (d.getDayOfMonth() == d.lengthOfMonth()) interest(d, month);
        }
        return List.copyOf(out);
    }

    private void monthlyBills(LocalDate d, long month, RandomGenerator rng) {
        if (d.equals(payday(d))) {
            BigDecimal salary = month >= 13 ? new BigDecimal("7820.00") : new BigDecimal("7380.00");
            book(accounts.checking(), TransactionType.DEPOSIT, d, salary, EMPLOYER, "ACME ANALYTICS PAYROLL", SALARY);
        }
        int day = d.getDayOfMonth();
        if (day == 1) {
            BigDecimal rent = month >= 12 ? new BigDecimal("2025.00") : new BigDecimal("1950.00");
            book(accounts.checking(), TransactionType.WITHDRAWAL, d, rent.negate(), "Parkview Apartments", "RENT PAYMENT UNIT 4B", RENT);
        }
        if (day == 2) transfer(d, accounts.checking(), accounts.savings(), SAVINGS_TRANSFER, "High-Yield Savings", SAVINGS, true);
        if (day == 3) {
            BigDecimal premium = month >= 12 ? new BigDecimal("125.50") : new BigDecimal("118.40");
            book(accounts.checking(), TransactionType.WITHDRAWAL, d, premium.negate(), "Guardian Auto Insurance", "GUARDIAN AUTO PREMIUM", INSURANCE);
        }
        if (day == 8) {
            book(accounts.checking(), TransactionType.WITHDRAWAL, d, new BigDecimal("-65.00"), "Fiberlink Internet", "FIBERLINK AUTOPAY", PHONE_INTERNET);
        }
        if (day == 12) {
            double seasonal = 70 + 55 * Math.abs(Math.cos(2 * Math.PI * (d.getMonthValue() - 1) / 12.0)) + 8 * rng.nextGaussian();
            book(accounts.checking(), TransactionType.WITHDRAWAL, d, cents(seasonal).negate(), "City Power & Light", "CITY POWER & LIGHT AUTOPAY", UTILITIES);
        }
        if (day == 15 && d.getMonthValue() % 2 == 0) {
            book(accounts.checking(), TransactionType.WITHDRAWAL, d, cents(48 + 20 * rng.nextDouble()).negate(), "Metro Water & Sewer",
                    "METRO WATER BILL", UTILITIES);
        }
    }

    /** The weekday on or before the 25th. */
    private static LocalDate payday(LocalDate d) {
        LocalDate p = d.withDayOfMonth(25);
        while (p.getDayOfWeek() == DayOfWeek.SATURDAY || p.getDayOfWeek() == DayOfWeek.SUNDAY) p = p.minusDays(1);
        return p;
    }

    private void groceries(LocalDate d, RandomGenerator rng) {
        if (d.getDayOfWeek() == DayOfWeek.SATURDAY) {
            double pick = rng.nextDouble();
            String store = pick < 0.45 ? "Whole Foods Market" : pick < 0.85 ? "Trader Joe's" : "Safeway";
            double amount = Math.clamp(118 + 32 * rng.nextGaussian(), 45, 230);
            cardSpend(d, store, store.toUpperCase() + " #" + (100 + rng.nextInt(300)), GROCERIES, cents(amount));
        }
        if (d.getDayOfWeek() == DayOfWeek.WEDNESDAY && rng.nextDouble() < 0.35) {
            cardSpend(d, "Trader Joe's", "TRADER JOE'S #552", GROCERIES, cents(15 + 30 * rng.nextDouble()));
        }
    }

    private void everyday(LocalDate d, RandomGenerator rng, double intensity) {
        for (Spend s : EVERYDAY) {
            if (rng.nextDouble() < s.perDay() * intensity) {
                cardSpend(d, s.payee(), s.payee().toUpperCase(), s.category(), cents(s.min() + (s.max() - s.min()) * rng.nextDouble()));
            }
        }
    }

    /** Things that happen a few times a year: dentist, doctor, electronics, a refund. */
    private void occasional(LocalDate d, LocalDate start, RandomGenerator rng) {
        long days = ChronoUnit.DAYS.between(start, d);
        if (days % 182 == 40) {
            book(accounts.checking(), TransactionType.WITHDRAWAL, d, new BigDecimal("-185.00"), "Bright Smile Dental", "DENTAL CLEANING", HEALTHCARE);
        }
        if (days % 120 == 75) cardSpend(d, "Dr. Patel Family Medicine", "OFFICE VISIT COPAY", HEALTHCARE, new BigDecimal("30.00"));
        if (days == 300 || days == 610) cardSpend(d, "Best Buy", "BEST BUY #1042", SHOPPING, cents(320 + 500 * rng.nextDouble()));
        if (days == 200) {
            book(accounts.card(), TransactionType.FEE, d, new BigDecimal("-95.00"), CARD_ISSUER, "ANNUAL MEMBERSHIP FEE", FEES);
        }
        if (days == 305) book(accounts.card(), TransactionType.DEPOSIT, d, new BigDecimal("64.99"), "Amazon", "AMAZON REFUND", REFUNDS);
    }

    /** Statement closes on the 15th; the full statement balance is paid from checking on the 22nd. */
    private void cardCycle(LocalDate d) {
        if (d.getDayOfMonth() == 15) statement = card.negate();
        if (d.getDayOfMonth() == 22 && statement.signum() > 0) {
            transfer(d, accounts.checking(), accounts.card(), statement, "Rewards Visa", CARD_PAYMENT, true);
            statement = BigDecimal.ZERO;
        }
    }

    private void interest(LocalDate d, long month) {
        BigDecimal apy = month >= 10 ? new BigDecimal("0.0380") : new BigDecimal("0.0425");
        BigDecimal amount = savings.multiply(apy).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_EVEN);
        if (amount.signum() > 0) book(accounts.savings(), TransactionType.INTEREST, d, amount, BANK, "INTEREST PAYMENT", INTEREST);
    }

    void cardSpend(LocalDate d, String payee, String description, String category, BigDecimal amount) {
        book(accounts.card(), TransactionType.WITHDRAWAL, d, amount.negate(), payee, description, category);
    }

    /**
     * Books a transfer out of checking; the incoming half too unless the receiving account's own
     * scenario books it (the brokerage account's ledger does).
     */
    private void transfer(LocalDate d, long from, long to, BigDecimal amount, String toName, String category, boolean bookIncoming) {
        Long categoryId = categories.get(category);
        out.add(Transaction.cash(from, TransactionType.TRANSFER_OUT, d, money(amount.negate()), toName, "Transfer to " + toName, categoryId)
                .withTransferAccount(to));
        apply(from, amount.negate());
        if (bookIncoming) {
            out.add(Transaction.cash(to, TransactionType.TRANSFER_IN, d, money(amount), CHECKING_NAME, "Transfer from " + CHECKING_NAME, categoryId)
                    .withTransferAccount(from));
            apply(to, amount);
        }
    }

    private void book(long account, TransactionType type, LocalDate d, BigDecimal amount, String payee, String description, String category) {
        out.add(Transaction.cash(account, type, d, money(amount), payee, description, categories.get(category)));
        apply(account, amount);
    }

    private void apply(long account, BigDecimal amount) {
        if (account == accounts.checking()) checking = checking.add(amount);
        else if (account == accounts.savings()) savings = savings.add(amount);
        else if (account == accounts.card()) card = card.add(amount);
    }

    private static BigDecimal cents(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }

    private static Money money(BigDecimal amount) {
        return new Money(amount, CURRENCY);
    }

    /** A trip: flight booked weeks ahead, hotel charged at check-out, more eating out while away. */
    private record Trip(LocalDate departure, int nights, String airline, String hotel) {

        static List<Trip> plan(LocalDate today) {
            return List.of(
                    new Trip(today.minusMonths(19).withDayOfMonth(12), 6, "Delta Air Lines", "Marriott Hotels"),
                    new Trip(today.minusMonths(11).withDayOfMonth(3), 4, "United Airlines", "Airbnb"),
                    new Trip(today.minusMonths(4).withDayOfMonth(8), 9, "Delta Air Lines", "Hilton Hotels"));
        }

        boolean covers(LocalDate d) {
            return !d.isBefore(departure) && d.isBefore(departure.plusDays(nights + 1L));
        }

        void bookings(LocalDate d, RandomGenerator rng, BankScenario bank) {
            if (d.equals(departure.minusDays(38))) {
                bank.cardSpend(d, airline, airline.toUpperCase() + " E-TICKET", TRAVEL, cents(380 + 90 * nights + 200 * rng.nextDouble()));
            }
            if (d.equals(departure.plusDays(nights))) {
                bank.cardSpend(d, hotel, hotel.toUpperCase() + " FOLIO", TRAVEL, cents(nights * (145 + 90 * rng.nextDouble())));
            }
        }
    }
}
