package io.segmentstudio.ui.audit;

import io.segmentstudio.workspace.AuditLog.Entry;

/**
 * One line of the audit table, worked out once in the background.
 *
 * @param label    the action's chip ("Approved")
 * @param subject  what it is about ("VIP", "Priority group · Retention")
 * @param sentence the entry in words ("ana approved VIP v3: looks right")
 */
public record AuditRow(Entry entry, AuditKind kind, String label, String subject, String sentence) {
}
