package slotbot.funnel.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void numbersBecomeDecimals() {
        assertThat(Values.normalize(5)).isEqualTo(new BigDecimal(5));
        assertThat(Values.normalize(5L)).isEqualTo(new BigDecimal(5));
        assertThat(Values.normalize(0.1)).isEqualTo(new BigDecimal("0.1"));
        assertThat(Values.normalize(0.1f)).isEqualTo(new BigDecimal("0.1"));
        assertThat(Values.normalize(BigInteger.TEN)).isEqualTo(BigDecimal.TEN);
    }

    @Test
    void containersBecomeMutableCopies() {
        Object list = Values.normalize(List.of(1, List.of(2.5), "x"));
        Object map = Values.normalize(Map.of(1, "one"));

        assertThat(list).isInstanceOf(java.util.ArrayList.class)
                .isEqualTo(List.of(BigDecimal.ONE, List.of(new BigDecimal("2.5")), "x"));
        assertThat(map).isInstanceOf(java.util.LinkedHashMap.class).isEqualTo(Map.of(BigDecimal.ONE, "one"));
        assertThat(Values.normalize(Set.of("a"))).isEqualTo(List.of("a"));
        assertThat(Values.normalize(new Object[] {1, null})).isEqualTo(java.util.Arrays.asList(BigDecimal.ONE, null));
    }

    @Test
    void scalarsStay() {
        assertThat(Values.normalize(null)).isNull();
        assertThat(Values.normalize("x")).isEqualTo("x");
        assertThat(Values.normalize(true)).isEqualTo(true);
        assertThat(Values.normalize('c')).isEqualTo("c");
    }

    @Test
    void valuesTheCalculatorCannotHoldAreRefused() {
        assertThatThrownBy(() -> Values.normalize(Double.NaN)).isInstanceOf(CalcException.class);
        assertThatThrownBy(() -> Values.normalize(LocalDate.of(2025, 6, 1)))
                .hasMessage("Cannot use a LocalDate as a calculator value.");
        assertThatThrownBy(() -> Values.normalize(Map.of(true, 1)))
                .hasMessage("Dictionary key must be a string or a number, got a boolean.");
    }
}
