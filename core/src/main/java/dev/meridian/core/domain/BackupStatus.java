package dev.meridian.core.domain;

public enum BackupStatus { RUNNING, COMPLETE, FAILED }
