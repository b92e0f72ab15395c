package ca.contingent.deployment;

import java.util.List;

/** A lifecycle step refused for one or more reasons, all of them listed: 409. */
class LifecycleRefusedException extends RuntimeException {

    private final List<Refusal> refusals;

    LifecycleRefusedException(List<Refusal> refusals) {
        super(refusals.stream().map(Refusal::code).toList().toString());
        this.refusals = List.copyOf(refusals);
    }

    List<Refusal> refusals() {
        return this.refusals;
    }

}
