package io.ispflow.console.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

class EquipmentRowsTest {

    @Test
    void theRowsComeBackInTheirOrderWithEveryFieldAsTyped() {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("equipment[0].type", "ONT");
        form.add("equipment[0].mac", " aa:bb:cc:dd:ee:01 ");
        form.add("equipment[2].type", "ROUTER");
        form.add("notes", "listo");

        List<Map<String, String>> rows = MyDayController.equipment(form);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0))
                .containsEntry("type", "ONT")
                .containsEntry("mac", "aa:bb:cc:dd:ee:01")
                .containsEntry("model", "");
        assertThat(rows.get(1)).containsEntry("type", "ROUTER");
    }
}
