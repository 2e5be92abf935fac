/**
 * RepAlign
 */
package org.repalign.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.repalign.model.ExperimentPackage;
import org.repalign.model.MetaAnalysis;
import org.repalign.model.PreprocessingMode;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Meta Analysis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.repalign.model.impl.MetaAnalysisImpl#getLambdas <em>Lambdas</em>}</li>
 *   <li>{@link org.repalign.model.impl.MetaAnalysisImpl#getPreprocessing <em>Preprocessing</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MetaAnalysisImpl extends AnalysisImpl implements MetaAnalysis {
	/**
	 * The cached value of the '{@link #getLambdas() <em>Lambdas</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLambdas()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> lambdas;

	/**
	 * The default value of the '{@link #getPreprocessing() <em>Preprocessing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreprocessing()
	 * @generated
	 * @ordered
	 */
	protected static final PreprocessingMode PREPROCESSING_EDEFAULT = PreprocessingMode.CENTERED;

	/**
	 * The cached value of the '{@link #getPreprocessing() <em>Preprocessing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreprocessing()
	 * @generated
	 * @ordered
	 */
	protected PreprocessingMode preprocessing = PREPROCESSING_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MetaAnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExperimentPackage.Literals.META_ANALYSIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getLambdas() {
		if (lambdas == null) {
			lambdas = new EDataTypeUniqueEList<Double>(Double.class, this, ExperimentPackage.META_ANALYSIS__LAMBDAS);
		}
		return lambdas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PreprocessingMode getPreprocessing() {
		return preprocessing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreprocessing(PreprocessingMode newPreprocessing) {
		PreprocessingMode oldPreprocessing = preprocessing;
		preprocessing = newPreprocessing == null ? PREPROCESSING_EDEFAULT : newPreprocessing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.META_ANALYSIS__PREPROCESSING, oldPreprocessing, preprocessing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExperimentPackage.META_ANALYSIS__LAMBDAS:
				return getLambdas();
			case ExperimentPackage.META_ANALYSIS__PREPROCESSING:
				return getPreprocessing();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ExperimentPackage.META_ANALYSIS__LAMBDAS:
				getLambdas().clear();
				getLambdas().addAll((Collection<? extends Double>)newValue);
				return;
			case ExperimentPackage.META_ANALYSIS__PREPROCESSING:
				setPreprocessing((PreprocessingMode)newValue);
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
			case ExperimentPackage.META_ANALYSIS__LAMBDAS:
				getLambdas().clear();
				return;
			case ExperimentPackage.META_ANALYSIS__PREPROCESSING:
				setPreprocessing(PREPROCESSING_EDEFAULT);
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
			case ExperimentPackage.META_ANALYSIS__LAMBDAS:
				return lambdas != null && !lambdas.isEmpty();
			case ExperimentPackage.META_ANALYSIS__PREPROCESSING:
				return preprocessing != PREPROCESSING_EDEFAULT;
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
		result.append(" (lambdas: ");
		result.append(lambdas);
		result.append(", preprocessing: ");
		result.append(preprocessing);
		result.append(')');
		return result.toString();
	}

} //MetaAnalysisImpl
