package dev.trustcenter.diagnostics;

public enum Severity { ERROR, WARNING }
