package ca.contingent.readiness;

import java.time.LocalDate;

/**
 * One readiness item a person holds, as an import file gives it. A value whose cell broke
 * its rule is {@code null} while the file is being checked; only valid rows are written
 * ({@link ReadinessImports}).
 *
 * @param person the person's external id
 * @param item a code of the readiness item list
 * @param validUntil the last day of validity; {@code null}: no end
 */
public record ReadinessItemValues(String person, String item, LocalDate validFrom, LocalDate validUntil) {

    /** The longest readiness item code, as the table allows it. */
    public static final int ITEM_MAX_LENGTH = 40;

    /**
     * Whether the row may be written: a person, an item and a start, and a window that
     * does not end before it starts ({@link ValidityWindow}'s rule).
     */
    public boolean valid() {
        return this.person != null && this.item != null && this.item.length() <= ITEM_MAX_LENGTH
                && this.validFrom != null && ValidityWindow.isOrdered(this.validFrom, this.validUntil);
    }

}
