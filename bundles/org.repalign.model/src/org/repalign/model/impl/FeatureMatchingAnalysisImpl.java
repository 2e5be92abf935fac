/**
 * RepAlign
 */
package org.repalign.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.repalign.model.ExperimentPackage;
import org.repalign.model.FeatureMatchingAnalysis;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Feature Matching Analysis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.repalign.model.impl.FeatureMatchingAnalysisImpl#getPermutations <em>Permutations</em>}</li>
 *   <li>{@link org.repalign.model.impl.FeatureMatchingAnalysisImpl#isBinary <em>Binary</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FeatureMatchingAnalysisImpl extends AnalysisImpl implements FeatureMatchingAnalysis {
	/**
	 * The default value of the '{@link #getPermutations() <em>Permutations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPermutations()
	 * @generated
	 * @ordered
	 */
	protected static final int PERMUTATIONS_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getPermutations() <em>Permutations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPermutations()
	 * @generated
	 * @ordered
	 */
	protected int permutations = PERMUTATIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #isBinary() <em>Binary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBinary()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BINARY_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isBinary() <em>Binary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBinary()
	 * @generated
	 * @ordered
	 */
	protected boolean binary = BINARY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FeatureMatchingAnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExperimentPackage.Literals.FEATURE_MATCHING_ANALYSIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPermutations() {
		return permutations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPermutations(int newPermutations) {
		int oldPermutations = permutations;
		permutations = newPermutations;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.FEATURE_MATCHING_ANALYSIS__PERMUTATIONS, oldPermutations, permutations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBinary() {
		return binary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBinary(boolean newBinary) {
		boolean oldBinary = binary;
		binary = newBinary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.FEATURE_MATCHING_ANALYSIS__BINARY, oldBinary, binary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExperimentPackage.FEATURE_MATCHING_ANALYSIS__PERMUTATIONS:
				return getPermutations();
			case ExperimentPackage.FEATURE_MATCHING_ANALYSIS__BINARY:
				return isBinary();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ExperimentPackage.FEATURE_MATCHING_ANALYSIS__PERMUTATIONS:
				setPermutations((Integer)newValue);
				return;
			case ExperimentPackage.FEATURE_MATCHING_ANALYSIS__BINARY:
				setBinary((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ExperimentPackage.FEATURE_MATCHING_ANALYSIS__PERMUTATIONS:
				setPermutations(PERMUTATIONS_EDEFAULT);
				return;
			case ExperimentPackage.FEATURE_MATCHING_ANALYSIS__BINARY:
				setBinary(BINARY_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ExperimentPackage.FEATURE_MATCHING_ANALYSIS__PERMUTATIONS:
				return permutations != PERMUTATIONS_EDEFAULT;
			case ExperimentPackage.FEATURE_MATCHING_ANALYSIS__BINARY:
				return binary != BINARY_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (permutations: ");
		result.append(permutations);
		result.append(", binary: ");
		result.append(binary);
		result.append(')');
		return result.toString();
	}

} //FeatureMatchingAnalysisImpl
