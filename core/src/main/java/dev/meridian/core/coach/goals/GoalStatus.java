package dev.meridian.core.coach.goals;

/** REACHED: saved ≥ target; ON_TRACK: the current pace reaches the target by its date; BEHIND: it does not; STALLED: no date and no saving lately. */
public enum GoalStatus { REACHED, ON_TRACK, BEHIND, STALLED }
