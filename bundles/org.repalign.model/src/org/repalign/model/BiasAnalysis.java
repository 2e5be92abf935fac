/**
 * RepAlign
 */
package org.repalign.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Bias Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Raw versus centred alignment.
 * <!-- end-model-doc -->
 *
 *
 * @see org.repalign.model.ExperimentPackage#getBiasAnalysis()
 * @model
 * @generated
 */
public interface BiasAnalysis extends Analysis {
} // BiasAnalysis
