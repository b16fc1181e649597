package dev.meridian.core.domain;

/** How sold quantity is matched against bought lots. */
public enum CostMethod { FIFO, AVERAGE_COST }
