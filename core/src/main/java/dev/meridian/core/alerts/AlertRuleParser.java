package dev.meridian.core.alerts;

import dev.meridian.core.alerts.AlertRule.Comparator;
import dev.meridian.core.alerts.AlertRule.Direction;
import dev.meridian.core.domain.Alert;
import dev.meridian.core.domain.AlertCondition;
import dev.meridian.core.indicators.PriceSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an alert's condition into an {@link AlertRule}. Indicator conditions follow
 * {@code operand (> | >= | < | <=) operand} or {@code operand crosses [above | below] operand}, where an operand
 * is a number, a price ({@code close open high low price hl2 hlc3}) or an indicator: {@code rsi(n)},
 * {@code sma(n)}, {@code ema(n)}, {@code macd[(fast,slow,signal)]}, {@code signal[(fast,slow,signal)]}.
 * {@code signal} without periods takes those of the {@code macd} on the other side. Percent moves read
 * {@code window=<n><m|h|D|W>} (minutes, hours, days, weeks).
 */
public final class AlertRuleParser {

    private static final Pattern WINDOW = Pattern.compile("\\s*window\\s*=\\s*(\\d+)\\s*([mhdDwW])\\s*");
    private static final List<Integer> MACD_DEFAULT = List.of(12, 26, 9);

    private final String text;
    private final List<Token> tokens;
    private int at;

    private AlertRuleParser(String text) {
        this.text = text;
        this.tokens = tokenize(text);
    }

    /** The rule of a stored or edited alert; throws {@link AlertConditionException} saying what is wrong. */
    public static AlertRule parse(Alert alert) {
        return parse(alert.condition(), alert.threshold(), alert.parameters());
    }

    public static AlertRule parse(AlertCondition condition, BigDecimal threshold, String parameters) {
        return switch (condition) {
            case PRICE_ABOVE -> new AlertRule.PriceCross(positive(threshold, "Price alert level"), true);
            case PRICE_BELOW -> new AlertRule.PriceCross(positive(threshold, "Price alert level"), false);
            case PERCENT_MOVE -> new AlertRule.PercentMove(window(parameters), positive(threshold, "Percent move threshold"));
            case INDICATOR -> indicator(parameters);
        };
    }

    /** An indicator condition such as {@code rsi(14) > 70}. */
    public static AlertRule indicator(String text) {
        if (text == null || text.isBlank()) {
            throw new AlertConditionException("Indicator alert needs a condition, e.g. \"rsi(14) > 70\" or \"close crosses sma(200)\"");
        }
        return new AlertRuleParser(text).rule();
    }

    /** The window of a percent-move alert in milliseconds. */
    public static long window(String parameters) {
        if (parameters == null || parameters.isBlank()) {
            throw new AlertConditionException("Percent move alert needs a window, e.g. \"window=1D\" (m, h, D or W)");
        }
        Matcher m = WINDOW.matcher(parameters);
        if (!m.matches()) {
            throw new AlertConditionException("Percent move window \"" + parameters + "\" is not of the form window=<number><m|h|D|W>, e.g. window=1D");
        }
        long n = Long.parseLong(m.group(1));
        if (n <= 0 || n > 10_000) throw new AlertConditionException("Percent move window \"" + parameters + "\" must be between 1 and 10000 units");
        long unit = switch (m.group(2)) {
            case "m" -> 60_000L;
            case "h" -> 3_600_000L;
            case "d", "D" -> 86_400_000L;
            default -> 7 * 86_400_000L;
        };
        return n * unit;
    }

    private static double positive(BigDecimal value, String what) {
        if (value == null) throw new AlertConditionException(what + " is missing");
        if (value.signum() <= 0) throw new AlertConditionException(what + " must be above zero, was " + value.toPlainString());
        return value.doubleValue();
    }

    private AlertRule rule() {
        Operand left = operand();
        Token op = next("a comparison (>, >=, <, <=) or \"crosses\"");
        AlertRule rule;
        if (op.is("crosses")) {
            Direction direction = Direction.EITHER;
            if (peekIs("above")) {
                at++;
                direction = Direction.ABOVE;
            } else if (peekIs("below")) {
                at++;
                direction = Direction.BELOW;
            }
            Operand right = operand();
            rule = new AlertRule.Cross(inheritSignal(left, right), direction, inheritSignal(right, left));
        } else {
            Comparator comparator = switch (op.text) {
                case ">" -> Comparator.ABOVE;
                case ">=" -> Comparator.AT_OR_ABOVE;
                case "<" -> Comparator.BELOW;
                case "<=" -> Comparator.AT_OR_BELOW;
                default -> throw error(op, "a comparison (>, >=, <, <=) or \"crosses\"");
            };
            Operand right = operand();
            rule = new AlertRule.Comparison(inheritSignal(left, right), comparator, inheritSignal(right, left));
        }
        if (at < tokens.size()) throw error(tokens.get(at), "the end of the condition");
        if (isConstant(left) && isConstantOf(rule)) {
            throw new AlertConditionException("Condition \"" + text + "\" compares two numbers; one side must be a price or an indicator");
        }
        return rule;
    }

    private static boolean isConstant(Operand o) {
        return o instanceof Operand.Constant;
    }

    private static boolean isConstantOf(AlertRule rule) {
        return switch (rule) {
            case AlertRule.Comparison c -> isConstant(c.right());
            case AlertRule.Cross c -> isConstant(c.right());
            default -> false;
        };
    }

    private static Operand inheritSignal(Operand self, Operand other) {
        if (self instanceof Operand.Indicator s && s.kind().equals("signal") && s.periods().isEmpty()) {
            List<Integer> periods = other instanceof Operand.Indicator o && o.kind().equals("macd") ? o.periods() : MACD_DEFAULT;
            return new Operand.Indicator("signal", periods);
        }
        return self;
    }

    private Operand operand() {
        Token t = next("a number, a price (close, open, high, low) or an indicator (rsi(14), sma(200), ema(20), macd, signal)");
        if (t.number) return new Operand.Constant(Double.parseDouble(t.text));
        String name = t.text.toLowerCase(Locale.ROOT);
        PriceSource price = switch (name) {
            case "close", "price" -> PriceSource.CLOSE;
            case "open" -> PriceSource.OPEN;
            case "high" -> PriceSource.HIGH;
            case "low" -> PriceSource.LOW;
            case "hl2" -> PriceSource.HL2;
            case "hlc3" -> PriceSource.HLC3;
            default -> null;
        };
        if (price != null) return new Operand.Price(price);
        return switch (name) {
            case "rsi", "sma", "ema" -> new Operand.Indicator(name, periods(t, 1, 1));
            case "macd" -> new Operand.Indicator(name, orDefault(periods(t, 0, 3)));
            case "signal" -> new Operand.Indicator(name, periods(t, 0, 3));
            default -> throw error(t, "a price (close, open, high, low) or an indicator (rsi, sma, ema, macd, signal)");
        };
    }

    private static List<Integer> orDefault(List<Integer> periods) {
        return periods.isEmpty() ? MACD_DEFAULT : periods;
    }

    /** Optional "(n, ...)" after an indicator name: none, or exactly {@code max}; required when {@code min > 0}. */
    private List<Integer> periods(Token name, int min, int max) {
        if (!peekIs("(")) {
            if (min > 0) throw error(at < tokens.size() ? tokens.get(at) : null, "\"(\" and a period after " + name.text + ", e.g. " + name.text + "(14)");
            return List.of();
        }
        at++;
        List<Integer> periods = new ArrayList<>();
        while (true) {
            Token n = next("a whole period such as 14");
            if (!n.number || n.text.contains(".") || n.text.startsWith("-")) throw error(n, "a whole period such as 14");
            int value = Integer.parseInt(n.text);
            if (value < 1 || value > 5000) throw error(n, "a period between 1 and 5000");
            periods.add(value);
            Token sep = next("\",\" or \")\"");
            if (sep.is(")")) break;
            if (!sep.is(",")) throw error(sep, "\",\" or \")\"");
        }
        if (periods.size() != max) {
            throw new AlertConditionException("Condition \"" + text + "\": " + name.text + " takes " + max + (max == 1 ? " period" : " periods")
                    + ", got " + periods.size());
        }
        if (name.text.equalsIgnoreCase("macd") || name.text.equalsIgnoreCase("signal")) {
            if (periods.get(1) <= periods.get(0)) {
                throw new AlertConditionException("Condition \"" + text + "\": MACD's slow period (" + periods.get(1)
                        + ") must exceed its fast period (" + periods.get(0) + ")");
            }
        }
        return periods;
    }

    private boolean peekIs(String word) {
        return at < tokens.size() && tokens.get(at).is(word);
    }

    private Token next(String expected) {
        if (at >= tokens.size()) {
            throw new AlertConditionException("Condition \"" + text + "\" ends too early: expected " + expected);
        }
        return tokens.get(at++);
    }

    private AlertConditionException error(Token t, String expected) {
        if (t == null) return new AlertConditionException("Condition \"" + text + "\" ends too early: expected " + expected);
        return new AlertConditionException("Condition \"" + text + "\": unexpected \"" + t.text + "\" at column " + (t.column + 1)
                + "; expected " + expected);
    }

    private record Token(String text, int column, boolean number) {
        boolean is(String s) {
            return text.equalsIgnoreCase(s);
        }
    }

    private static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || c == '.' || (c == '-' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
                int start = i++;
                while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) i++;
                String number = text.substring(start, i);
                if (number.indexOf('.') != number.lastIndexOf('.') || number.equals(".")) {
                    throw new AlertConditionException("Condition \"" + text + "\": \"" + number + "\" at column " + (start + 1) + " is not a number");
                }
                out.add(new Token(number, start, true));
            } else if (Character.isLetter(c)) {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) i++;
                out.add(new Token(text.substring(start, i), start, false));
            } else if ((c == '>' || c == '<') && i + 1 < text.length() && text.charAt(i + 1) == '=') {
                out.add(new Token(text.substring(i, i + 2), i, false));
                i += 2;
            } else if (c == '>' || c == '<' || c == '(' || c == ')' || c == ',') {
                out.add(new Token(String.valueOf(c), i, false));
                i++;
            } else {
                throw new AlertConditionException("Condition \"" + text + "\": unexpected \"" + c + "\" at column " + (i + 1));
            }
        }
        return out;
    }
}
