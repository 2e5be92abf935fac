/**
 * Running RepAlign experiments the Eclipse way: the launch configuration type
 * {@value org.repalign.launch.ExperimentLaunchConfigurations#TYPE_ID} (Run As &gt; RepAlign
 * Experiment, the Run menu's history and Run Configurations), whose launches run like the
 * experiment editor's Run.
 */
package org.repalign.launch;
