package dev.meridian.core.demo;

import dev.meridian.core.domain.BudgetGroup;
import dev.meridian.core.domain.CategoryKind;
import dev.meridian.core.domain.RuleField;
import dev.meridian.core.domain.RuleMatch;
import java.math.BigDecimal;
import java.util.List;

/**
 * The demo's category tree with its 50/30/20 groups, the categorisation rules a user would have written,
 * and a monthly budget for every spending category. Names are the keys the bank scenario books against.
 */
public final class DemoCategories {

    public static final String SALARY = "Salary";
    public static final String INTEREST = "Interest";
    public static final String REFUNDS = "Refunds";
    public static final String HOUSING = "Housing";
    public static final String RENT = "Rent";
    public static final String UTILITIES = "Utilities";
    public static final String GROCERIES = "Groceries";
    public static final String TRANSPORT = "Transport";
    public static final String HEALTHCARE = "Healthcare";
    public static final String INSURANCE = "Insurance";
    public static final String PHONE_INTERNET = "Phone & Internet";
    public static final String DINING = "Dining Out";
    public static final String ENTERTAINMENT = "Entertainment";
    public static final String MUSIC = "Music Streaming";
    public static final String VIDEO = "Video Streaming";
    public static final String SHOPPING = "Shopping";
    public static final String TRAVEL = "Travel";
    public static final String FITNESS = "Fitness";
    public static final String CLOUD = "Cloud & Software";
    public static final String FEES = "Fees & Charges";
    public static final String CARD_PAYMENT = "Credit Card Payment";
    public static final String SAVINGS = "Savings";
    public static final String INVESTMENTS = "Investments";

    /** A category; {@code parent} is the name of its parent or null. */
    public record CategorySpec(String name, String parent, CategoryKind kind, BudgetGroup group) {}

    public record RuleSpec(String category, RuleField field, RuleMatch match, String pattern,
                           BigDecimal minAmount, BigDecimal maxAmount, int priority) {}

    /** A monthly budget; {@code monthsBeforeToday}..{@code untilMonthsBeforeToday} (null = ongoing). */
    public record BudgetSpec(String category, BigDecimal monthlyAmount, int monthsBeforeToday, Integer untilMonthsBeforeToday,
                             boolean rollover) {}

    private DemoCategories() {
    }

    /** Parents come before their children. */
    public static List<CategorySpec> categories() {
        return List.of(
                income(SALARY), income(INTEREST), income(REFUNDS),
                expense(HOUSING, null, BudgetGroup.NEEDS),
                expense(RENT, HOUSING, BudgetGroup.NEEDS),
                expense(UTILITIES, HOUSING, BudgetGroup.NEEDS),
                expense(GROCERIES, null, BudgetGroup.NEEDS),
                expense(TRANSPORT, null, BudgetGroup.NEEDS),
                expense(HEALTHCARE, null, BudgetGroup.NEEDS),
                expense(INSURANCE, null, BudgetGroup.NEEDS),
                expense(PHONE_INTERNET, null, BudgetGroup.NEEDS),
                expense(DINING, null, BudgetGroup.WANTS),
                expense(ENTERTAINMENT, null, BudgetGroup.WANTS),
                expense(MUSIC, ENTERTAINMENT, BudgetGroup.WANTS),
                expense(VIDEO, ENTERTAINMENT, BudgetGroup.WANTS),
                expense(SHOPPING, null, BudgetGroup.WANTS),
                expense(TRAVEL, null, BudgetGroup.WANTS),
                expense(FITNESS, null, BudgetGroup.WANTS),
                expense(CLOUD, null, BudgetGroup.WANTS),
                expense(FEES, null, BudgetGroup.NEEDS),
                new CategorySpec(CARD_PAYMENT, null, CategoryKind.TRANSFER, null),
                new CategorySpec(SAVINGS, null, CategoryKind.TRANSFER, BudgetGroup.SAVINGS),
                new CategorySpec(INVESTMENTS, null, CategoryKind.TRANSFER, BudgetGroup.SAVINGS));
    }

    public static List<RuleSpec> rules() {
        return List.of(
                rule(MUSIC, RuleField.PAYEE, RuleMatch.CONTAINS, "Spotify", null, 10),
                rule(MUSIC, RuleField.PAYEE, RuleMatch.EQUALS, "Apple Music", null, 10),
                rule(VIDEO, RuleField.PAYEE, RuleMatch.CONTAINS, "Netflix", null, 10),
                rule(GROCERIES, RuleField.PAYEE, RuleMatch.REGEX, "(?i)whole foods|trader joe'?s|safeway", null, 20),
                rule(TRANSPORT, RuleField.PAYEE, RuleMatch.CONTAINS, "Shell", null, 20),
                rule(TRANSPORT, RuleField.PAYEE, RuleMatch.EQUALS, "Uber", null, 20),
                rule(DINING, RuleField.PAYEE, RuleMatch.CONTAINS, "Uber Eats", null, 15),
                rule(SHOPPING, RuleField.PAYEE, RuleMatch.REGEX, "(?i)amazon|amzn", new BigDecimal("500"), 30),
                rule(SALARY, RuleField.DESCRIPTION, RuleMatch.CONTAINS, "PAYROLL", null, 5),
                rule(RENT, RuleField.PAYEE, RuleMatch.EQUALS, "Parkview Apartments", null, 5));
    }

    public static List<BudgetSpec> budgets() {
        return List.of(
                budget(RENT, "2050", null, false),
                budget(UTILITIES, "230", null, false),
                new BudgetSpec(GROCERIES, new BigDecimal("600"), 24, 10, false),
                new BudgetSpec(GROCERIES, new BigDecimal("650"), 9, null, false),
                budget(TRANSPORT, "320", null, false),
                budget(HEALTHCARE, "120", null, true),
                budget(INSURANCE, "130", null, false),
                budget(PHONE_INTERNET, "140", null, false),
                budget(DINING, "400", null, false),
                budget(MUSIC, "25", null, false),
                budget(VIDEO, "20", null, false),
                budget(SHOPPING, "350", null, false),
                budget(TRAVEL, "300", null, true),
                budget(FITNESS, "45", null, false),
                budget(CLOUD, "15", null, false));
    }

    private static CategorySpec income(String name) {
        return new CategorySpec(name, null, CategoryKind.INCOME, null);
    }

    private static CategorySpec expense(String name, String parent, BudgetGroup group) {
        return new CategorySpec(name, parent, CategoryKind.EXPENSE, group);
    }

    private static RuleSpec rule(String category, RuleField field, RuleMatch match, String pattern, BigDecimal max, int priority) {
        return new RuleSpec(category, field, match, pattern, null, max, priority);
    }

    private static BudgetSpec budget(String category, String amount, Integer until, boolean rollover) {
        return new BudgetSpec(category, new BigDecimal(amount), 24, until, rollover);
    }
}
