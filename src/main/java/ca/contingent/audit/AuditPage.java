package ca.contingent.audit;

import java.util.List;

/** One page of the filtered log, newest first, with what a pager needs. */
public record AuditPage(List<AuditRow> rows, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (this.total + this.size - 1) / this.size);
    }

    public boolean hasPrevious() {
        return this.page > 1;
    }

    public boolean hasNext() {
        return this.page < pages();
    }

}
