/**
 * Rotation planning and person-days: reads the mission, person and deployment tables with
 * SQL (as reporting does) and changes nothing; the deployment lifecycle belongs to the
 * deployment module.
 */
package ca.contingent.rotation;
