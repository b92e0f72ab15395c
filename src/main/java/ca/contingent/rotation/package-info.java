/**
 * Rotation planning and person-days: a read model of deployments, missions and readiness.
 * It reads the mission, person, agency, deployment and readiness tables with set-based
 * SQL (as reporting does), counts with the report's rule ({@code deployment_counts}), and
 * writes nothing: the deployment lifecycle belongs to the deployment module, readiness
 * items to readiness.
 */
@ReadsAcrossModules("Rotation plans and person-days are a read model of deployments, missions and readiness: "
        + "timelines, clipped days per mission and agency, and lapsing readiness, each one set-based statement.")
package ca.contingent.rotation;

import ca.contingent.shared.ReadsAcrossModules;
