package dev.meridian.core.coach.rules;

import dev.meridian.core.domain.CategoryRule;

/** What a re-categorisation taught: the rule created or re-pointed ({@code created} false when re-pointed). */
public record LearnedRule(CategoryRule rule, boolean created) {}
