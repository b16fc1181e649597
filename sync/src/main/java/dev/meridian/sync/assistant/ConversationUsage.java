package dev.meridian.sync.assistant;

/** Tokens and estimated cost of a stored conversation ({@link CostEstimate#LABEL}). */
public record ConversationUsage(Usage usage, CostEstimate cost) { }
