/**
 * RepAlign
 */
package org.repalign.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.repalign.model.BiasAnalysis;
import org.repalign.model.ExperimentPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Bias Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class BiasAnalysisImpl extends AnalysisImpl implements BiasAnalysis {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BiasAnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExperimentPackage.Literals.BIAS_ANALYSIS;
	}

} //BiasAnalysisImpl
