/**
 * RepAlign
 */
package org.repalign.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Signal Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Dense versus sparse (SAE code) alignment.
 * <!-- end-model-doc -->
 *
 *
 * @see org.repalign.model.ExperimentPackage#getSignalAnalysis()
 * @model
 * @generated
 */
public interface SignalAnalysis extends Analysis {
} // SignalAnalysis
