package ca.contingent.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a module's package-info: this module is on the reporting side and reads other
 * modules' tables with SQL by design (set-based figures over many tables). It still
 * writes only its own tables; {@code DataOwnershipTests} holds it to that, and every
 * other module to reading others' data through their Java API or published views and
 * functions ({@code db/owners.properties}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface ReadsAcrossModules {

    /** Why this module reads across, in a sentence. */
    String value();

}
