package dev.trustcenter.rules;

import dev.trustcenter.model.Policy;
import java.time.LocalDate;

/** A policy's review state as of a date: its next review falls due {@code reviewDue}. */
public record PolicyStatus(Policy policy, LocalDate reviewDue, boolean overdue, boolean notYetEffective) {}
