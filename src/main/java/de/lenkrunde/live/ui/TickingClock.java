package de.lenkrunde.live.ui;

import com.vaadin.flow.component.html.Span;

/**
 * A clock the browser ticks (STACK.md: the server holds start times and state, it does not push every
 * second). It shows the elapsed time of a running item or speaker against an optional plan, and marks
 * itself "over" once the plan is exceeded. The browser counts from the moment it received the value, so
 * a skewed client clock does not matter.
 */
class TickingClock extends Span {

    TickingClock() {
        addClassName("ticking-clock");
        getElement().setAttribute("role", "timer");
    }

    /**
     * @param elapsedSeconds elapsed now, as the server computed it
     * @param running        whether it keeps counting
     * @param plannedMinutes the plan, or 0 for none
     */
    void show(long elapsedSeconds, boolean running, int plannedMinutes) {
        setText(format(elapsedSeconds) + (plannedMinutes > 0 ? " / " + plannedMinutes + ":00" : ""));
        getElement().executeJs("""
                const el = this; if (el._tick) { clearInterval(el._tick); el._tick = null; }
                const start = Date.now() - $0 * 1000; const planned = $2;
                const show = () => {
                  const s = Math.max(0, Math.floor((Date.now() - start) / 1000));
                  const m = Math.floor(s / 60), r = s % 60;
                  el.textContent = m + ':' + String(r).padStart(2, '0') + (planned > 0 ? ' / ' + planned + ':00' : '');
                  el.classList.toggle('over', planned > 0 && s > planned * 60);
                };
                show();
                if ($1) { el._tick = setInterval(show, 1000); }
                """, (double) elapsedSeconds, running, plannedMinutes);
    }

    static String format(long seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
