package dev.meridian.core.domain;

/** Where encrypted backups are pushed. */
public enum BackupKind { FOLDER, S3, WEBDAV }
