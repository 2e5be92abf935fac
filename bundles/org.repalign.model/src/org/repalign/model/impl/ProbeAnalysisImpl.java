/**
 * RepAlign
 */
package org.repalign.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.repalign.model.ExperimentPackage;
import org.repalign.model.ProbeAnalysis;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Probe Analysis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.repalign.model.impl.ProbeAnalysisImpl#getFolds <em>Folds</em>}</li>
 *   <li>{@link org.repalign.model.impl.ProbeAnalysisImpl#getL2 <em>L2</em>}</li>
 *   <li>{@link org.repalign.model.impl.ProbeAnalysisImpl#getMinPositives <em>Min Positives</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProbeAnalysisImpl extends AnalysisImpl implements ProbeAnalysis {
	/**
	 * The default value of the '{@link #getFolds() <em>Folds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolds()
	 * @generated
	 * @ordered
	 */
	protected static final int FOLDS_EDEFAULT = 5;

	/**
	 * The cached value of the '{@link #getFolds() <em>Folds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolds()
	 * @generated
	 * @ordered
	 */
	protected int folds = FOLDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getL2() <em>L2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getL2()
	 * @generated
	 * @ordered
	 */
	protected static final double L2_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getL2() <em>L2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getL2()
	 * @generated
	 * @ordered
	 */
	protected double l2 = L2_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinPositives() <em>Min Positives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinPositives()
	 * @generated
	 * @ordered
	 */
	protected static final int MIN_POSITIVES_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getMinPositives() <em>Min Positives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinPositives()
	 * @generated
	 * @ordered
	 */
	protected int minPositives = MIN_POSITIVES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProbeAnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExperimentPackage.Literals.PROBE_ANALYSIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFolds() {
		return folds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFolds(int newFolds) {
		int oldFolds = folds;
		folds = newFolds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.PROBE_ANALYSIS__FOLDS, oldFolds, folds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getL2() {
		return l2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setL2(double newL2) {
		double oldL2 = l2;
		l2 = newL2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.PROBE_ANALYSIS__L2, oldL2, l2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinPositives() {
		return minPositives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinPositives(int newMinPositives) {
		int oldMinPositives = minPositives;
		minPositives = newMinPositives;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.PROBE_ANALYSIS__MIN_POSITIVES, oldMinPositives, minPositives));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExperimentPackage.PROBE_ANALYSIS__FOLDS:
				return getFolds();
			case ExperimentPackage.PROBE_ANALYSIS__L2:
				return getL2();
			case ExperimentPackage.PROBE_ANALYSIS__MIN_POSITIVES:
				return getMinPositives();
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
			case ExperimentPackage.PROBE_ANALYSIS__FOLDS:
				setFolds((Integer)newValue);
				return;
			case ExperimentPackage.PROBE_ANALYSIS__L2:
				setL2((Double)newValue);
				return;
			case ExperimentPackage.PROBE_ANALYSIS__MIN_POSITIVES:
				setMinPositives((Integer)newValue);
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
			case ExperimentPackage.PROBE_ANALYSIS__FOLDS:
				setFolds(FOLDS_EDEFAULT);
				return;
			case ExperimentPackage.PROBE_ANALYSIS__L2:
				setL2(L2_EDEFAULT);
				return;
			case ExperimentPackage.PROBE_ANALYSIS__MIN_POSITIVES:
				setMinPositives(MIN_POSITIVES_EDEFAULT);
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
			case ExperimentPackage.PROBE_ANALYSIS__FOLDS:
				return folds != FOLDS_EDEFAULT;
			case ExperimentPackage.PROBE_ANALYSIS__L2:
				return l2 != L2_EDEFAULT;
			case ExperimentPackage.PROBE_ANALYSIS__MIN_POSITIVES:
				return minPositives != MIN_POSITIVES_EDEFAULT;
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
		result.append(" (folds: ");
		result.append(folds);
		result.append(", l2: ");
		result.append(l2);
		result.append(", minPositives: ");
		result.append(minPositives);
		result.append(')');
		return result.toString();
	}

} //ProbeAnalysisImpl
