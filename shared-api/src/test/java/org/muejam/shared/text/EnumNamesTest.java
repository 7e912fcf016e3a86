package org.muejam.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnumNamesTest {

    @Test
    void aNameInAnyCaseWithSpacesAroundIsTheConstant() {
        assertEquals(Optional.of(DayOfWeek.MONDAY), EnumNames.parse(DayOfWeek.class, "MONDAY"));
        assertEquals(Optional.of(DayOfWeek.MONDAY), EnumNames.parse(DayOfWeek.class, " monday\t"));
        assertEquals(Optional.of(DayOfWeek.SUNDAY), EnumNames.parse(DayOfWeek.class, "Sunday"));
    }

    @Test
    void anythingElseIsEmpty() {
        assertEquals(Optional.empty(), EnumNames.parse(DayOfWeek.class, null));
        assertEquals(Optional.empty(), EnumNames.parse(DayOfWeek.class, ""));
        assertEquals(Optional.empty(), EnumNames.parse(DayOfWeek.class, "MON"));
        assertEquals(Optional.empty(), EnumNames.parse(DayOfWeek.class, "MONDAY\u0000"));
        assertEquals(Optional.empty(), EnumNames.parse(DayOfWeek.class, "MONDAYS"));
    }
}
