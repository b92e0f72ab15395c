package ca.contingent.readiness;

/** A readiness item code with its names in both official languages. */
public record ReadinessCode(String code, String nameEn, String nameFr) {
}
