package de.lenkrunde.actions;

/**
 * Filter of the action item lists. {@code scope}: MINE — items the reader owns or a body they belong to owns;
 * BODY — the items a body gave out or owns ({@code bodyId}, for its members); FOLLOW_UP — the pending items of every
 * body the reader follows up as chair, deputy or coordinator. {@code pendingOnly}: OPEN and IN_PROGRESS;
 * {@code overdueOnly}: pending and past the due date.
 */
public record ActionListFilter(Scope scope, Long bodyId, boolean pendingOnly, boolean overdueOnly) {

    public enum Scope { MINE, BODY, FOLLOW_UP }

    public static ActionListFilter mine() {
        return new ActionListFilter(Scope.MINE, null, true, false);
    }
}
