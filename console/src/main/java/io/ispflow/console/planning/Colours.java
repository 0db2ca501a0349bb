package io.ispflow.console.planning;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A colour per technician, the same on the page's legend and on the calendar whatever list either shows: picked by
 * the technician's id from a palette dark enough for white text (WCAG AA contrast).
 */
@Component("colours")
public class Colours {

    private static final List<String> PALETTE = List.of(
            "#1f5fa8", "#8a3b12", "#2e6b30", "#6a1b9a", "#b3261e", "#00695c", "#4e4a9e", "#7a5200", "#37474f",
            "#ad1457");

    public String of(Object technicianId) {
        return PALETTE.get(Math.floorMod(String.valueOf(technicianId).hashCode(), PALETTE.size()));
    }
}
