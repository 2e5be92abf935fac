/**
 * RepAlign
 */
package org.repalign.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.repalign.model.ExperimentPackage;
import org.repalign.model.SignalAnalysis;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Signal Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class SignalAnalysisImpl extends AnalysisImpl implements SignalAnalysis {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SignalAnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExperimentPackage.Literals.SIGNAL_ANALYSIS;
	}

} //SignalAnalysisImpl
